"""Abstract base classes.

Has: ABC (instantiating a subclass that leaves an abstractmethod
unimplemented raises CPython's TypeError), abstractmethod, ABCMeta (as a
metaclass, importable), abstractproperty, register (virtual subclasses are
recorded but isinstance does not consult them).
Lacks: the instantiation check for classes that use metaclass=ABCMeta
directly instead of deriving from ABC (the interpreter cannot yet call
type.__call__ through super()), __subclasshook__.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    for attr in ('__func__', '__wrapped__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstracts(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        ns = klass.__dict__
        for name in list(ns):
            if _is_abstract(ns[name]):
                names.add(name)
            else:
                names.discard(name)
    return frozenset(names)


class ABCMeta(type):
    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = _abstracts(cls)

    def __new__(cls, *args, **kwargs):
        missing = getattr(cls, '__abstractmethods__', ())
        if missing:
            names = sorted(missing)
            s = "s" if len(names) > 1 else ""
            listed = ", ".join(f"'{n}'" for n in names)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an implementation "
                            f"for abstract method{s} {listed}")
        return super().__new__(cls)


def get_cache_token():
    return 0
