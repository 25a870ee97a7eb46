x = 42
for make in (lambda: f"{x:{'q'}}", lambda: f"{x:.2}", lambda: f"{'s':>{-1}}", lambda: f"{3.5:,d}",
             lambda: f"{x:,_}", lambda: f"{x:=^}", lambda: f"{'abc':=5}", lambda: f"{None:>5}", lambda: f"{[1]:5}"):
    try:
        print(repr(make()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
