def source():
    for i in range(4):
        print("produce", i)
        yield i

g = (x * 10 for x in source())
print("created")
print(next(g))
print("between")
for v in g:
    print("got", v)
print(list(g))
g2 = (x for x in range(3))
print(type(g2).__name__, sum(g2), sum(g2))
print(sum(x * x for x in range(10)))
print(any(print("check", x) or x > 1 for x in range(5)))
