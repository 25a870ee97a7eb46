def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))

def g(a, /, **kw):
    return a, kw

print(g(1, a=2))

def h(*, key):
    return key

print(h(key="k"))

def pos(x, y=2, /):
    return x + y

print(pos(1), pos(1, 3))
