deep = []
for _ in range(5000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("repr:", e)
a = []
a.append(a)
b = []
b.append(b)
print(a == a, a is a[0])
try:
    a == b
except RecursionError as e:
    print("compare:", e)
d = {}
for _ in range(3000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("str:", e)
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print("gen:", e)
print("still alive", len(deep))
