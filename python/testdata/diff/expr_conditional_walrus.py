for n in range(4):
    print("even" if n % 2 == 0 else "odd", end=" ")
print()
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 0, 4])
while (v := next(vals, None)) is not None:
    print("v", v)
print((z := 10) + z)
