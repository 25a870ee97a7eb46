class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
print(Point.__name__, Point.__doc__)
print(sorted(vars(p).items()))
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
