class S(list): pass
class D(dict): pass
class T(set): pass
class U(str): pass
class I(int): pass
class F(float): pass
s = S([3, 1, 2])
s.sort(); print(s, s.index(2), s.count(1)); s.reverse(); s.remove(3); print(s)
d = D(a=1, b=2)
print(d.popitem(), D.fromkeys("xy"), type(D.fromkeys("x")).__name__)
t = T([1, 2])
print(t.union([3]), type(t.union([3])).__name__, t.issubset({1, 2, 3}))
u = U("Hello World")
print(u.upper(), u.split(), u.find("W"), u.startswith("He"), type(u.upper()).__name__)
print(I(255).bit_length(), I(5).to_bytes(1, "big"), F(2.5).as_integer_ratio(), F(3.0).is_integer())
print(sorted(S([2, 1])), sum(S([1, 2])), max(T([4, 5])), min(U("zab")))
