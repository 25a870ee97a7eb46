class Registry(dict):
    pass

d = dict.fromkeys(range(3), [])
d[0].append("shared")
print(d, Registry.fromkeys("ab", 0), type(Registry.fromkeys("a")).__name__)
e = {"x": 1, "y": 2, "z": 3}
print(e.popitem(), e.popitem(), e)
e["w"] = 0
print(e.popitem(), e)
r = range(10, -10, -3)
print(r.start, r.stop, r.step, r.index(4), r.count(4), r.count(5), r.count(4.0), 4.0 in r)
print(range(0, 10, 2).index(8), range(5)[::-1], range(5)[1:4:2], range(-3))
sl = slice(-3, None, -1)
print(sl.indices(10), slice(None, None, 2).indices(5), slice(100, -100, -7).indices(9), slice(2).indices(1))
for call in (lambda: range(3).index(3), lambda: range(3).index("a"), lambda: slice(1, 2, 0).indices(5),
             lambda: slice(1).indices(-1), lambda: {}.popitem()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
