def f(a, b, /, c, *, d):
    pass

def g(x, y=1):
    pass

calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, c=3, d=4, e=5),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(y=2),
    lambda: f(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
