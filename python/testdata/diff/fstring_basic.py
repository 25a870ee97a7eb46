name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:05d} {n:x} {n:#b} {n:,}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.0%} {pi!r}")
print(f"{{literal}} {n}{{}}")
print(f"{'nested'} {n + 1} {[1, 2][0]} {name.upper()}")
print(f"{n if n > 10 else 0} {(lambda x: x * 2)(3)}")
print(f"")
print(f"{1:}|{1!s:}|")
