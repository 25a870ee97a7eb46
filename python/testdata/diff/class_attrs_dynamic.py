class C:
    pass

c = C()
setattr(c, "x", 1)
c.y = 2
print(getattr(c, "x"), c.y, hasattr(c, "z"))
delattr(c, "x")
del c.y
print(vars(c), c.__dict__)
try:
    c.x
except AttributeError as e:
    print(e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
C.shared = "s"
print(c.shared, [n for n in dir(c) if not n.startswith("__")])
