def f(x):
    return x
f(x=1)
f(1, y=2)
