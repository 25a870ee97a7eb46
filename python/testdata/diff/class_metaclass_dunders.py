# A metaclass's dunders apply to its classes: C[k], iter, len, in, setattr/delattr, isinstance/issubclass hooks (ABC.register).
class Meta(type):
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2, 3])
    def __len__(cls): return 3
    def __contains__(cls, x): return x == 2
    def __setattr__(cls, k, v):
        print("setattr", k, v)
        super().__setattr__(k, v)
    def __instancecheck__(cls, inst): return inst == "yes"
    def __subclasscheck__(cls, sub): return sub is int
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
    def __call__(cls, *a): return ("called", a)
    def __bool__(cls): return False
    def __or__(cls, other): return "or"
    def __eq__(cls, other): return "eq"
    __hash__ = type.__hash__
class C(metaclass=Meta):
    pass
print(C["x"], list(C), len(C), 2 in C, 5 in C)
C.y = 5
print(C.y)
print(isinstance("yes", C), isinstance("no", C), issubclass(int, C), issubclass(str, C))
print(repr(C), C(1, 2), bool(C), C | int, C == 3)
print(sorted(C), tuple(C), [*C], dict.fromkeys(C))
try:
    del C.y
    print("deleted", hasattr(C, "y"))
except Exception as e: print(type(e).__name__, e)
from abc import ABC
class A(ABC): pass
A.register(int)
print(isinstance(3, A), issubclass(int, A), issubclass(str, A))
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color['RED'], list(Color), len(Color), Color.RED in Color, Color(2))
try: Color['BLUE']
except KeyError as e: print("KeyError", e)
from abc import ABCMeta, abstractmethod
class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Drawable:
            return hasattr(sub, "draw") or NotImplemented
        return NotImplemented
class Pic:
    def draw(self): pass
print(isinstance(Pic(), Drawable), issubclass(Pic, Drawable), issubclass(str, Drawable))
@A.register
class Later: pass
print(Later.__name__, issubclass(Later, A), isinstance(Later(), A))
class Sub(Later): pass
print(issubclass(Sub, A), isinstance(True, A), issubclass(bool, A))
for bad in (3, A):
    try:
        print(A.register(bad))
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
class B(A): pass
try:
    A.register(B) ; print("ok")
    B.register(A)
except RuntimeError as e:
    print("RuntimeError", e)
class M2(metaclass=ABCMeta): pass
M2.register(list)
print(isinstance([], M2), isinstance((), M2), issubclass(list, M2))
from collections.abc import Sequence, Mapping, Iterable, Sized
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(dict, Sequence), isinstance({}, Iterable))
class Bag:
    def __len__(self): return 0
print(issubclass(Bag, Sized), isinstance(Bag(), Sized), issubclass(int, Sized))
try:
    issubclass(3, A)
except TypeError as e:
    print("TypeError", e)
class Loud(type):
    def __setattr__(cls, k, v):
        raise AttributeError(f"read-only {k}")
    def __delattr__(cls, k):
        print("delattr", k)
        type.__delattr__(cls, k)
class Frozen(metaclass=Loud):
    x = 1
try:
    Frozen.x = 2
except AttributeError as e:
    print("AttributeError", e)
del Frozen.x
print(hasattr(Frozen, "x"))
type.__setattr__(Frozen, "z", 3)
print(Frozen.z, getattr(Frozen, "z"))
try:
    setattr(Frozen, "w", 1)
except AttributeError as e:
    print("AttributeError", e)
