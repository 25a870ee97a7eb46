class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __round__(self, nd=None):
        return f"round({self.v}, {nd})"
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)
    def __index__(self):
        return self.v
    def __format__(self, spec):
        return f"Num<{spec}>"
    def __lt__(self, o):
        return self.v < o.v
    def __bool__(self):
        return self.v != 0
    def __dir__(self):
        return ["zeta", "alpha", "v"]
    def __repr__(self):
        return f"Num({self.v})"

n = Num(-65)
print(abs(n), round(n), round(n, 2), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5))
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), chr(Num(97)), format(n, ">5"), f"{n:x}")
print(min(Num(3), Num(1), Num(2)), max([Num(3), Num(9)]), sorted([Num(2), Num(0), Num(1)]))
print(any([Num(0), Num(0)]), all([Num(1), Num(2)]), dir(n), sorted(vars(n)))
print(sorted(k for k in vars(Num) if not k.startswith("__")), type(vars(Num)).__name__)
for call in (lambda: abs(object()), lambda: round(object()), lambda: divmod("a", 1), lambda: hex(1.5), lambda: sorted([Num(1), 2])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
