x = float("nan")
y = float("nan")
print(id(x) == id(x), x is x, x == x, x != x, [x].count(x), x in [x], (x,) == (x,), [x] == [y])
print(x in {x}, y in {x}, {x: 1}.get(x), {x: 1}.get(y), [x, y].index(y), len({x, y, x}))
d = {x: "a", y: "b"}
d[x] = "c"
print(len(d), sorted(d.values()), max([1.0, x]) is not None, x in (1, 2, x))
