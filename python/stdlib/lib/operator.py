"""Operators as functions.

Has: lt le eq ne ge gt not_ truth is_ is_not abs add and_ floordiv index
inv invert lshift mod mul matmul neg or_ pos pow rshift sub truediv xor
concat contains countOf getitem setitem delitem indexOf length_hint
itemgetter attrgetter methodcaller iadd iand iconcat imul ior isub,
and the dunder aliases (__add__ ...).
Lacks: call, ifloordiv, ilshift, imatmul, imod, ipow, irshift, itruediv,
ixor.
"""


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def is_none(a): return a is None
def is_not_none(a): return a is not None
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def iconcat(a, b):
    a += b
    return a
def ior(a, b):
    a |= b
    return a
def iand(a, b):
    a &= b
    return a


_abs = abs


def abs(a):
    return _abs(a)


def index(a):
    if isinstance(a, int):
        return a
    try:
        m = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return m(a)


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    return default if val is NotImplemented else val


try:
    from _operator import (add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor,
                           itemgetter_base as _itemgetter_base, attrgetter_base as _attrgetter_base,
                           methodcaller_base as _methodcaller_base)
except ImportError:
    # On CPython (the module tests): the call paths in Python.
    class _itemgetter_base:
        def __call__(self, obj, /):
            if len(self._items) == 1:
                return obj[self._items[0]]
            return tuple(obj[i] for i in self._items)

    class _attrgetter_base:
        @staticmethod
        def _get(obj, name):
            for part in name.split("."):
                obj = getattr(obj, part)
            return obj

        def __call__(self, obj, /):
            if len(self._attrs) == 1:
                return self._get(obj, self._attrs[0])
            return tuple(self._get(obj, a) for a in self._attrs)

    class _methodcaller_base:
        def __call__(self, obj, /):
            return getattr(obj, self._name)(*self._args, **self._kwargs)


class itemgetter(_itemgetter_base):
    def __init__(self, item, *items):
        self._items = (item,) + items

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class attrgetter(_attrgetter_base):
    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


class methodcaller(_methodcaller_base):
    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name, self._args, self._kwargs = name, args, kwargs

    def __repr__(self):
        args = [repr(self._name)] + [repr(a) for a in self._args]
        args += [f"{k}={v!r}" for k, v in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(args)})"


for _name in ["lt", "le", "eq", "ne", "ge", "gt", "not", "abs", "add", "and", "floordiv", "index", "inv",
              "invert", "lshift", "mod", "mul", "matmul", "neg", "or", "pos", "pow", "rshift", "sub",
              "truediv", "xor", "concat", "contains", "getitem", "setitem", "delitem", "iadd", "isub",
              "imul", "iconcat", "ior", "iand"]:
    globals()["__" + _name + "__"] = globals()[_name + "_" if _name in ("not", "and", "or") else _name]
del _name
