class Counted(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        print("making", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Item(metaclass=Counted):
    def __init__(self, name, qty=1):
        self.name, self.qty = name, qty

class Sub(Item):
    pass

a = Item("a")
b = Sub("b", qty=3)
print(Counted.count, type(Item).__name__, type(Sub).__name__, b.qty, isinstance(Item, Counted))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
