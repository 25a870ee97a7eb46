a = [1, 2, 3]
print(a + [4], a * 2, [0] * 0, a == [1, 2, 3], a != a[:], a < [1, 2, 4], len(a))
print(list(), list((1, 2)), list({"k": 1}), list(range(3)), list(reversed(a)))
b = a
b += [9]
print(a, b is a)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
n = [[0] * 2 for _ in range(2)]
n[0][0] = 1
print(n)
print(a[-1], a[1:], 2 in a, a.__len__(), [].__class__.__name__)
print(max([3, 1, 2]), min([[2], [1, 5]]), sum([[1], [2]], []))
