class Shape:
    count = 0

    def __init__(self):
        type(self).count += 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def describe(x):
        return f"shape {x}"

class Square(Shape):
    count = 0

s = Square.make()
Shape.make()
Square()
print(type(s).__name__, Shape.count, Square.count)
print(Shape.describe(1), s.describe(2))
print(Square.make.__self__ is Square)
