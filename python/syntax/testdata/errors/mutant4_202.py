x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
y = -2 ** 2
z = 2 ** -1 ** 3
w = not a and b or c and not d
v = a | b ^ c & d << 1 >> 2
u = ~x + +y - -z
t = a if b else c if d else e
s = (a or b) and (c or d)
r = ((1 + 2) * 3)
q = a < b <= c == d != e > f >= g
p = a is b is not c in d not in e
o = not a == b
n = -x.y[0](1) ** 2
m = await_ + 1
l = a if (b if c else d) else e
k = x[1:2, ::3, 4:, :", ...]
j = x[:]
i = x[::]
h = x[a:b:c]
g = x[1, 2]
f = x[(1, 2)]
e = x[*a]
d = x[i := 0]
