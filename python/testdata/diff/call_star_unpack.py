def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], *(3,), *"ab"))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *range(2), x=1, **dict(y=2)))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
