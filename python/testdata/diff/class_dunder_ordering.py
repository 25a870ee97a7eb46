class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Ver(1, 2), Ver(1, 10), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver(2) > Ver(1))
try:
    Ver(1) <= Ver(2)
except TypeError as e:
    print(e)
