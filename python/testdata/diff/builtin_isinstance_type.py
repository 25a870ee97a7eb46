class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(int, object), issubclass(bool, (str,)))
print(type(1), type("s"), type([]), type(None), type(A), type(B()), type(len), type(type))
print(type(1) is int, type(B()) is A, type(3.0).__name__, type(A()).__qualname__)
T = type("T", (A,), {"x": 5})
print(T.__name__, T.x, isinstance(T(), A), T.__mro__[1] is A)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
