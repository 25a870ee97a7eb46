def f(a, b=2, c=3):
    return (a, b, c)

print(f(1))
print(f(1, 20))
print(f(1, c=30))
print(f(a=5, b=6, c=7))

def g(x, acc=[]):
    acc.append(x)
    return acc

print(g(1))
print(g(2))
print(g(3, []))
print(f.__defaults__)
print(f.__name__)
