class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        self.y += o.y
        return self
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, -v)
v += Vec(1, 1)
print(v)
try:
    v - v
except TypeError as e:
    print(e)
