a = [1, 2]
alias = a
a *= 2
print(a, alias, a is alias)
a = a * 2
print(len(a), len(alias), a is alias)
s = {1}
sa = s
s |= {2}
s &= {2, 3}
s -= {5}
s ^= {9}
print(s, sa, s is sa)
d = {"a": 1}
da = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, da is d)
t = (1,)
ta = t
t += (2,)
print(t, ta, t is ta)
st = "ab"
sa2 = st
st += "c"
print(st, sa2, st is sa2)
fs = frozenset({1})
fa = fs
fs |= {2}
print(fs, fa, fs is fa)
n = [[0] * 2] * 2
n[0] += [9]
print(n, n[0] is n[1])
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
