a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
p, q = q, p = 1, 2
print(p, q)
(m, n), o = (1, 2), 3
[r, s] = "ab"
print(m, n, o, r, s)
