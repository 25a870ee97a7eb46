t = (1, 2, 3)
single = (1,)
empty = ()
print(t, single, empty, type(single).__name__, len(empty))
print(t + (4,), t * 2, t[1], t[::-1], t.index(2), t.count(3), 3 in t)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) < (1, 3), (1, 2) == (1, 2))
x = 1, 2
y, = [5]
print(x, y)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[1, 2])
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
