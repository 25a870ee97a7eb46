def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


print(f(1, 2, 3, d=4))
for call in [lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, 3, d=1, z=2),
             lambda: f(1, 2, c=3, d=4, b=2), lambda: f(1, 2, 3, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print(e)


def g(*args, **kwargs):
    return args, kwargs


print(g(1, *[2, 3], x=1, **{"y": 2}))


class C:
    def m(self, x):
        return x


try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().nope
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)


def unbound():
    print(v)
    v = 1


try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
first, *rest = range(5)
print(first, rest)
