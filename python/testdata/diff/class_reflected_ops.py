class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("N.__add__", type(o).__name__)
        if isinstance(o, N):
            return N(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print("N.__radd__", type(o).__name__)
        return N(self.v + o)
    def __lt__(self, o):
        print("N.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("N.__gt__")
        return self.v > o.v
    def __repr__(self):
        return f"N({self.v})"

class Sub(N):
    def __radd__(self, o):
        print("Sub.__radd__")
        return Sub(o.v * 100)

print(N(1) + N(2))
print(1 + N(2))
print(N(1) + Sub(2))
print(N(1) < N(0))
try:
    N(1) + "s"
except TypeError as e:
    print("TypeError:", e)
x = N(5)
x += N(1)
print(x)
