class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"

class Plain(float):
    pass

m = Money(3.5)
p = Plain("2.25")
print(m, repr(m), str(p), p, type(m).__name__, isinstance(m, float), m + 1, type(m + 1).__name__, m * p, p > 2, 2 < p)
print(f"{p:.1f}", f"{m}", int(p), float(m), round(p, 1), hash(p) == hash(2.25), {p: 1}[2.25], bool(Plain()), p == 2.25, -p, abs(Plain(-1.5)))
p.note = "ok"
print(p.note, sorted([Plain(3), Plain(1.5), 2]), sum([Plain(1), Plain(2)]), max(Plain(1), Plain(2)), Plain(1) / 4, divmod(Plain(7), 2))
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(37.5), f"{Celsius(1) + Celsius(2)!r}")
import math, random, statistics
class P(float):
    pass
x = P(4.0)
print(math.sqrt(x), math.floor(x), math.isclose(x, 4), "%.1f" % x, "{:.2f}".format(x), "%d" % x, statistics.mean([x, P(2)]), x.is_integer(), x.hex(), x.as_integer_ratio(), float.__add__(x, 1) if hasattr(float, "__add__") else 0)
print(complex(x), math.fsum([x, x]), round(x), int(x) + x, x ** 2, 2 ** x, x // 3, x % 3, [1,2,3][int(P(1))])
