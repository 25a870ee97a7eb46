"""Names for type annotations (kept, never enforced).

Has: Any Optional Union List Dict Set FrozenSet Tuple Type Callable
Iterable Iterator Generator Sequence Mapping MutableMapping Awaitable
Coroutine Literal Final ClassVar Annotated NoReturn Never Self
TypeAlias TypeVar Generic Protocol NamedTuple (functional form) cast
overload final TYPE_CHECKING, all subscriptable.
Lacks: get_type_hints, runtime_checkable checks, the class form of
NamedTuple and TypedDict (the interpreter keeps no class annotations).
"""

TYPE_CHECKING = False


class _Special:
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        if self.__args__ is None:
            return f"typing.{self._name}"
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return isinstance(other, _Special) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash(self._name)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return f"[{', '.join(_type_repr(a) for a in obj)}]"
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


for _n in ["Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Callable",
           "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "MutableMapping", "Awaitable",
           "Coroutine", "Literal", "Final", "ClassVar", "Annotated", "NoReturn", "Never", "Self",
           "TypeAlias", "Deque", "DefaultDict", "Counter", "OrderedDict", "AbstractSet", "Collection",
           "Container", "Hashable", "Sized", "Reversible", "AsyncIterator", "AsyncIterable",
           "SupportsInt", "SupportsFloat", "SupportsIndex", "IO", "TextIO", "Pattern", "Match"]:
    globals()[_n] = _Special(_n)
del _n


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + self.__name__


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    def __class_getitem__(cls, params):
        return Generic


class Protocol:
    def __class_getitem__(cls, params):
        return Protocol


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields], module="__main__")


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
