"""Abstract base classes.

Has: ABC (instantiating a subclass that leaves an abstractmethod
unimplemented raises CPython's TypeError), abstractmethod, ABCMeta (as a
metaclass, importable), abstractproperty, ABC.register and ABCMeta.register
(virtual subclasses: isinstance and issubclass consult them, and a class's
__subclasshook__).
Lacks: the instantiation check for classes that use metaclass=ABCMeta
directly instead of deriving from ABC (the interpreter cannot yet call
type.__call__ through super()), the negative caches (every check walks
the registries), _abc_registry_clear and _dump_registry.
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
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registry_of(cls).append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return ok
        if cls in subclass.__mro__:
            return True
        for rcls in _registry_of(cls):
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False


# The virtual subclasses each ABC registered, by class.
_registries = {}


def _registry_of(cls):
    key = id(cls)
    if key not in _registries:
        _registries[key] = (cls, [])
    return _registries[key][1]


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
