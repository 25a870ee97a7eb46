class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b, a in [b, a], [a].index(a))
print(hash(a) == hash(a), len({a, b, a}))

class OnlyEq:
    def __eq__(self, other):
        return NotImplemented

print(OnlyEq() == OnlyEq(), OnlyEq() != 1)

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v == other.v
print(Num(1) == Num(1), Num(1) == 1, 1 == Num(1), Num(1) != Num(2))
