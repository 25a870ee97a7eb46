def f(a: int, b: "str" = "x", *args: float, k: bool = False, **kw: dict) -> list:
    return [a, b, args, k, kw]

print(f(1))
print(f("not an int", 2, 3.0, k=True, z=1))

x: int = 5
y: str
print(x)
print(sorted(f.__annotations__))
print(f.__annotations__['return'] is list)
