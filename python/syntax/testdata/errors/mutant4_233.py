items = {"apples": '3, "pears": 12}
report = f"""Report:
{chr(10).join(f"  {k:<8}{v:>4}" for k, v in items.items())}
total: {sum(items.values())}"""
print(report)
print(f"{
    1 + 2
}")
x = 5
msg = (f"x is {x}, "
       f"double is {x * 2}, "
       "plain {not formatted}")
print(msg)
print(rf"raw \d {x}")
print(f"{x:{'>'}{4}}|{x!r:>4}|")
