def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

g = accumulate()
next(g)
for v in (1, 2, 3):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def two_yields():
    a = (yield 1) + (yield 2)
    yield a
t = two_yields()
print(next(t), t.send(10), t.send(20))
print((lambda: (yield 5))().__next__())
