width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
print(f"[{'x':{'*'}^{width}}]")
for w in range(3, 6):
    print(f"{w:{w}}|")
fill, align = "-", "<"
print(f"[{42:{fill}{align}8}]")
spec = ".1e"
print(f"{12345.678:{spec}}")
print(f"{'abc':.{2}}")
