sq = lambda x: x * x
print(sq(7))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")())
print(sorted([3, -1, 2, -5], key=lambda v: abs(v)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda y: y + 1)(3))
print(sq.__name__)
print((lambda x, /, y, *, z=3: x + y + z)(1, 2))
