class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")

    def __new__(cls, x, y=0):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point(x={self[0]!r}, y={self[1]!r})"


p = Point(3, y=4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), type(p).__name__, p._fields)
a, b = p
print(a, b, p == (3, 4), hash(p) == hash((3, 4)), p + (5,), p[::-1], {p: "pt"}[(3, 4)])
try:
    p.z = 1
except AttributeError as e:
    print(e)
class Loose(tuple):
    pass
l = Loose([1, 2])
l.tag = "ok"
print(l, l.tag, type(l + l).__name__, Loose() == ())
