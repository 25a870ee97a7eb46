"""Names for built-in types, and SimpleNamespace.

Has: SimpleNamespace (repr, ==, attribute access), FunctionType,
LambdaType, MethodType (calling it binds), BuiltinFunctionType,
BuiltinMethodType, GeneratorType, ModuleType, CodeType, TracebackType,
MappingProxyType, NoneType, EllipsisType, NotImplementedType, new_class.
Lacks: CoroutineType and the other async types, FrameType, CellType,
DynamicClassAttribute, coroutine.
"""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e


class _C:
    def _m(self):
        pass


_BoundType = type(_C()._m)


def MethodType(func, obj):
    """A method: func bound to obj."""
    return func.__get__(obj, type(obj)) if hasattr(func, '__get__') else _Bound(func, obj)


class _Bound:
    def __init__(self, func, obj):
        self.__func__, self.__self__ = func, obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable, **kwargs).items():
            if not isinstance(k, str):
                raise TypeError(f"keywords must be strings, not '{type(k).__name__}'")
            setattr(self, k, v)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)
