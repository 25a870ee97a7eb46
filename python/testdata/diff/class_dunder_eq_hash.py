class P:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        print("eq", self.a, getattr(other, "a", other))
        return isinstance(other, P) and self.a == other.a
    def __hash__(self):
        return hash(self.a)

print(P(1) == P(1), P(1) != P(2))
print(P(1) == 1)
s = {P(1), P(2)}
print(len(s), P(2) in s)
d = {P(5): "five"}
print(d[P(5)])

class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
