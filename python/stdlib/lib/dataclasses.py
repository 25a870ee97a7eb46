"""Data classes: __init__, __repr__, __eq__ and ordering made from a class's
annotated fields.

Has: dataclass (init, repr, eq, order, unsafe_hash, frozen, kw_only;
match_args and slots accepted), field (default, default_factory, init,
repr, compare, hash, kw_only, metadata), fields, asdict, astuple, replace,
is_dataclass, FrozenInstanceError, MISSING (and in the classes made:
__post_init__, ClassVar fields skipped, inherited fields, CPython's
errors).
Lacks: InitVar, KW_ONLY, make_dataclass.
"""

import copy as _copy


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return getattr(tp, '_name', None) == 'ClassVar' or repr(tp).startswith('typing.ClassVar')


def _own_annotations(cls):
    ns = cls.__dict__
    return ns['__annotations__'] if '__annotations__' in ns else {}


def _process_fields(cls, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    ns = cls.__dict__
    for name, tp in _own_annotations(cls).items():
        if _is_classvar(tp):
            continue
        default = ns[name] if name in ns else MISSING
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name, f.type = name, tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name in ns:
        if isinstance(ns[name], Field) and name not in fields:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


def _list_names(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def _make_init(cls, fields, frozen):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument {seen_default.name!r}")
    qual = cls.__qualname__ + ".__init__"
    has_post_init = hasattr(cls, '__post_init__')

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError(f"{qual}() takes {len(positional) + 1} positional argument"
                            f"{'s' if len(positional) else ''} but {len(args) + 1} were given")
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if not any(f.name == k for f in init_fields):
                raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qual}() got multiple values for argument '{k}'")
            values[k] = v
        missing_pos = [f.name for f in positional if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            s = "" if len(missing_pos) == 1 else "s"
            raise TypeError(f"{qual}() missing {len(missing_pos)} required positional argument{s}: "
                            f"{_list_names(missing_pos)}")
        missing_kw = [f.name for f in keyword if f.name not in values
                      and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            s = "" if len(missing_kw) == 1 else "s"
            raise TypeError(f"{qual}() missing {len(missing_kw)} required keyword-only argument{s}: "
                            f"{_list_names(missing_kw)}")
        for f in fields:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                if not f.init:
                    continue
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = qual
    return __init__


def _tuple(self, fields):
    return tuple(getattr(self, f.name) for f in fields)


def _set(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)
        return False
    return True


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields = _process_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    flist = list(fields.values())
    if init:
        _set(cls, '__init__', _make_init(cls, flist, frozen))
    if repr:
        rfields = [f for f in flist if f.repr]

        def __repr__(self):
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in rfields)
            return f"{type(self).__qualname__}({inner})"
        _set(cls, '__repr__', __repr__)
    cfields = [f for f in flist if f.compare]
    if eq:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return _tuple(self, cfields) == _tuple(other, cfields)
            return NotImplemented
        _set(cls, '__eq__', __eq__)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_tuple(self, cfields), _tuple(other, cfields))
                return NotImplemented
            if _set(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hfields = [f for f in flist if (f.compare if f.hash is None else f.hash)]
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_tuple(self, hfields))
    elif eq and not has_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in flist if f.init and not f.kw_only)
    cls.__replace__ = _replace
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    obj = self
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
