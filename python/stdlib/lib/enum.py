"""Enumerations.

Has: Enum, IntEnum, StrEnum, auto, unique, EnumType (EnumMeta): members
by attribute, by value (Color(1)), iteration, len, in, __members__, name
and value, CPython's reprs (<Color.RED: 1>, <enum 'Color'>) and errors.
Lacks: Flag and IntFlag, the functional API (Enum('Color', 'RED GREEN')),
Color['RED'] (the interpreter does not yet look up a metaclass's
__getitem__; use Color.__members__['RED']), _missing_ and _generate_next_value_
hooks. IntEnum and StrEnum members compare and hash as their values but are
not int or str instances.
"""

_creating = [False]


class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto()"


def _is_descriptor(obj):
    if callable(obj) or isinstance(obj, (property, staticmethod, classmethod)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class EnumType(type):
    def __iter__(cls):
        return iter(cls._member_list_)

    def __reversed__(cls):
        return reversed(cls._member_list_)

    def __len__(cls):
        return len(cls._member_list_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    _member_list_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __new__(cls, value):
        if _creating[0]:
            return super().__new__(cls)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_list_:
            if m._value_ == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        for base in cls.__mro__[1:]:
            if isinstance(base, EnumType) and base._member_list_:
                raise TypeError(f"<enum {cls.__name__!r}> cannot extend <enum {base.__name__!r}>")
        members = []
        for key in list(cls.__dict__):
            if key.startswith('_'):
                continue
            value = cls.__dict__[key]
            if _is_descriptor(value) or isinstance(value, type):
                continue
            members.append((key, value))
        cls._member_list_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        last = 0
        for name, value in members:
            if isinstance(value, auto):
                value = cls._auto_value(name, last)
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            alias = None
            for m in cls._member_list_:
                if m._value_ == value:
                    alias = m
            if alias is not None:
                cls._member_map_[name] = alias
                setattr(cls, name, alias)
                continue
            _creating[0] = True
            try:
                member = cls(value)
            finally:
                _creating[0] = False
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            cls._member_list_.append(member)
            cls._member_map_[name] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        cls.__members__ = dict(cls._member_map_)

    @classmethod
    def _auto_value(cls, name, last):
        return last + 1

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _ValueEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < getattr(other, '_value_', other)

    def __le__(self, other):
        return self._value_ <= getattr(other, '_value_', other)

    def __gt__(self, other):
        return self._value_ > getattr(other, '_value_', other)

    def __ge__(self, other):
        return self._value_ >= getattr(other, '_value_', other)


class IntEnum(_ValueEnum):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __mul__(self, other):
        return self._value_ * other

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"


class StrEnum(_ValueEnum):
    @classmethod
    def _auto_value(cls, name, last):
        return name.lower()

    def __len__(self):
        return len(self._value_)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for (alias, name) in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
