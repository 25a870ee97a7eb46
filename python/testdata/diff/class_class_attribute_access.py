class A:
    x = "class x"
    def method(self):
        return "method of " + type(self).__name__
    def __init_subclass__(cls):
        cls.made = True

class B(A):
    pass

b = B()
print(b.x, B.x, b.method(), A.method(b), B.made)
print(A.__dict__["x"], "x" in B.__dict__, B.__qualname__, B.__module__)
b.x = "instance x"
print(b.x, A.x, vars(b))
del b.x
print(b.x)
try:
    del b.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(b).__mro__ == (B, A, object))
