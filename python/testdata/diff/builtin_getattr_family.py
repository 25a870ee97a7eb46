class Obj:
    x = 1
    def __init__(self):
        self.y = 2

o = Obj()
print(getattr(o, "x"), getattr(o, "y"), getattr(o, "z", "default"), hasattr(o, "y"), hasattr(o, "z"))
setattr(o, "z", 3)
print(o.z, vars(o))
delattr(o, "z")
print(vars(o), hasattr(o, "z"))
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
try:
    setattr(5, "a", 1)
except AttributeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
