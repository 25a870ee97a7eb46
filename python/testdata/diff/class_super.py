class Base:
    def __init__(self):
        print("Base init")
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()

class Both(Left, Right):
    def __init__(self):
        super().__init__()
    def hello(self):
        return "Both>" + super(Both, self).hello()

b = Both()
print(b.hello())
print(super(Left, b).hello())
