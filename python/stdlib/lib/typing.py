"""Names for type annotations (kept, never enforced).

Has: Any Optional Union List Dict Set FrozenSet Tuple Type Callable
Iterable Iterator Generator Sequence Mapping MutableMapping Awaitable
Coroutine Literal Final ClassVar Annotated NoReturn Never Self
TypeAlias TypeVar Generic Protocol NamedTuple (functional form) cast
overload final TYPE_CHECKING TypedDict (all subscriptable; NamedTuple, in
class and functional forms, makes collections.namedtuple classes; a
TypedDict class makes plain dicts).
Lacks: get_type_hints, runtime_checkable checks.
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


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(fields[:fields.index(name)][-len(defaults):])}")
        nt = namedtuple(typename, fields, defaults=defaults, module=ns.get('__module__', '__main__'))
        nt.__annotations__ = dict(annotations)
        for key, val in ns.items():
            if key not in fields and key not in ('__module__', '__qualname__', '__annotations__', '__dict__',
                                                 '__weakref__', '__firstlineno__',
                                                 '__static_attributes__'):
                setattr(nt, key, val)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = kwargs.items()
        return namedtuple(typename, [name for name, _ in fields], module="__main__")


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True, **kwargs):
        return super().__new__(mcls, name, (dict,) if ns.get('_root', False) is False else bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
