class Base:
    a = 1
    def method(self):
        pass

class Child(Base):
    b = 2

c = Child()
c.inst = 3
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("_")])
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
def f():
    local_v = 1
    return sorted(vars().keys()) if False else sorted(locals())
print(f())
