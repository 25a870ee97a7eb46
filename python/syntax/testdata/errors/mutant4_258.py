f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
i = lambda x, /, y: x + y
j = lambda *, k: k
k = lambda *a: a
l = lambda **kw: kw
m = lambda a, b=2, /, c=3, *, d=4: 0
n = lambda: (yield_)
if (n := len(a)) > 10:
    print(n)
while (chunk := read()):
    pass
data = [y := f(x), y ** 2]
sorted(xs, key=lambda t: t[1])
x = lambda: .: 1
