"""Enumerations.

Has: Enum, IntEnum and StrEnum (members are ints and strs: isinstance(m,
int), -m, m + 1), ReprEnum, auto, unique, EnumType (EnumMeta) (members by
attribute, by value: Color(1), and by name: Color['RED']; iteration, len,
in, __members__, name and value; the functional API: Enum('Color', 'RED
GREEN'), IntEnum('N', [...]), pairs or a mapping, start=, type=; the
_missing_ and _generate_next_value_ hooks; CPython's reprs, <Color.RED: 1>
and <enum 'Color'>, and errors), Flag and IntFlag (members are bits; | & ^
~ give members or pseudo-members, <Perm.R|W: 6>; in, iteration over a
value's bits, len, bool; a Flag refuses bits it does not have, STRICT, an
IntFlag keeps them, KEEP).
Lacks: enums with their own __new__, boundary= and the CONFORM and EJECT
boundaries, FlagBoundary, verify.
"""

_not_given = object()


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
        flag = globals().get('Flag')
        if flag is not None and issubclass(cls, flag):
            # a Flag's aliases for several bits are not iterated
            return iter([m for m in cls._member_list_ if m._value_ and m._value_ & (m._value_ - 1) == 0])
        return iter(cls._member_list_)

    def __reversed__(cls):
        return reversed(cls._member_list_)

    def __len__(cls):
        return len(list(EnumType.__iter__(cls)))

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        flag = globals().get('Flag')
        if flag is not None and issubclass(cls, flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if cls._member_map_:
            if names is not _not_given:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is _not_given and type is None:
            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create a new, empty, enum")
        return cls._create_(value, None if names is _not_given else names, module=module, qualname=qualname,
                            type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            import sys
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return cls.__class__(class_name, bases, classdict)


EnumMeta = EnumType


_MappingProxy = type(type.__dict__)


class Enum(metaclass=EnumType):
    _member_list_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    __members__ = _MappingProxy(_member_map_)

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_list_:
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

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
        member_type = object
        for base in cls.__mro__:
            if base is not object and not isinstance(base, EnumType):
                member_type = base
                break
        cls._member_type_ = member_type
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
            last_values.append(value)
            alias = None
            for m in cls._member_list_:
                if m._value_ == value:
                    alias = m
            if alias is not None:
                cls._member_map_[name] = alias
                setattr(cls, name, alias)
                continue
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
            member.__init__(*args)
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            cls._member_list_.append(member)
            cls._member_map_[name] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        cls.__members__ = _MappingProxy(cls._member_map_)

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


class ReprEnum(Enum):
    """An Enum whose members' str() and format() are their values', keeping Enum's repr()."""


class IntEnum(int, ReprEnum):
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    __hash__ = int.__hash__


class StrEnum(str, ReprEnum):
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    __hash__ = str.__hash__


def _bin(num, max_bits):
    s = bin(num + 2 ** num.bit_length()).replace('1', '0', 1)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Members are bits: | & ^ ~ combine them into pseudo-members named like RED|BLUE."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _flag_mask(cls):
        mask = 0
        for m in cls._member_list_:
            mask |= m._value_
        return mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask()
        if value < 0:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if value & ~mask and not issubclass(cls, int):
            bits = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bin(value, bits), _bin(mask, bits)))
        names = [m._name_ for m in cls._member_list_ if m._value_ and m._value_ & value == m._value_
                 and m._value_ & (m._value_ - 1) == 0]
        extra = value & ~mask
        if extra:
            names.append(str(extra))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        object.__setattr__(member, '_name_', '|'.join(names) if names else None)
        object.__setattr__(member, '_value_', value)
        cls._value2member_map_[value] = member
        return member

    def _other(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = Flag._other(self, other)
        return NotImplemented if v is None else type(self)(self._value_ | v)

    def __and__(self, other):
        v = Flag._other(self, other)
        return NotImplemented if v is None else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = Flag._other(self, other)
        return NotImplemented if v is None else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask() & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in type(self)._member_list_:
            if m._value_ and m._value_ & (m._value_ - 1) == 0 and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(Flag.__iter__(self)))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    __hash__ = int.__hash__


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for (alias, name) in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
