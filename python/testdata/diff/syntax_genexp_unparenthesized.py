def f(*args): pass
f(x for x in range(3), 1)
