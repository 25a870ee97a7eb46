def f(a, *args, **kwargs):
    print(a, args, kwargs)

f(1)
f(1, 2, 3)
f(1, x=1, y=2)
f(1, 2, *[3, 4], z=5, **{'w': 6})
f(*(1, 2), **dict(k=3))

def count(*xs):
    return len(xs)

print(count(), count(*range(5)), count(*"abc", *[1]))
