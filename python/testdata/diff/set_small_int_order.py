print({3, 1, 2}, {10, 5, 7, 100, 33, 64, 1})
print(set(range(10, 0, -1)), {-1, -2, 0, 5})
print({100, 200, 36, 4}, set([8, 16, 32, 7, 9]))
s = {5, 3}
s.add(1); s.add(40); s.add(8)
print(s)
print(frozenset({3, 2, 1}), frozenset(), set())
print({x * 3 for x in range(8)}, {True, 2, 0})
