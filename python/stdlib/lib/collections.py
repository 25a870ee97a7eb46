"""Container datatypes.

Has: deque (maxlen, rotate, CPython's repr), defaultdict, OrderedDict
(move_to_end, popitem(last=)), Counter (most_common, elements, update,
subtract, total, + - | &), namedtuple (_fields, _field_defaults, _asdict,
_replace, _make, defaults=, rename=), ChainMap.
Lacks: UserDict, UserList, UserString. namedtuple classes are not
subclasses of tuple (isinstance(p, tuple) is False: the interpreter cannot
yet subclass tuple); ChainMap is not a dict, as in CPython.
"""

import sys as _sys


try:
    from _collections import deque_base as _deque_base, deque_ring as _deque_ring
except ImportError:
    # On CPython (the module tests): the same methods over a list.
    class _deque_ring(list):
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None and maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            list.__init__(self, iterable)
            self.maxlen = maxlen
            self._trim(True)

        def _trim(self, right):
            if self.maxlen is not None and len(self) > self.maxlen:
                if right:
                    del self[:len(self) - self.maxlen]
                else:
                    del self[self.maxlen:]

    class _deque_base:
        def append(self, x, /):
            self._q.append(x)
            self._q._trim(True)

        def appendleft(self, x, /):
            self._q.insert(0, x)
            self._q._trim(False)

        def pop(self):
            if not self._q:
                raise IndexError("pop from an empty deque")
            return self._q.pop()

        def popleft(self):
            if not self._q:
                raise IndexError("pop from an empty deque")
            return self._q.pop(0)

        def extend(self, iterable, /):
            for x in list(iterable):
                self.append(x)

        def extendleft(self, iterable, /):
            for x in list(iterable):
                self.appendleft(x)

        def clear(self):
            self._q.clear()

        def count(self, x, /):
            return self._q.count(x)

        def index(self, x, *args):
            try:
                return self._q.index(x, *args)
            except ValueError:
                raise ValueError(f"{x!r} is not in deque") from None

        def remove(self, x, /):
            try:
                self._q.remove(x)
            except ValueError:
                raise ValueError(f"{x!r} is not in deque") from None

        def insert(self, i, x, /):
            if self._q.maxlen is not None and len(self._q) >= self._q.maxlen:
                raise IndexError("deque already at its maximum size")
            self._q.insert(i, x)

        def reverse(self):
            self._q.reverse()

        def rotate(self, n=1, /):
            if len(self._q) > 1:
                n %= len(self._q)
                self._q[:] = self._q[len(self._q) - n:] + self._q[:len(self._q) - n]

        def __len__(self):
            return len(self._q)

        def __contains__(self, x):
            return x in self._q

        def __iter__(self):
            return iter(list(self._q))

        def __reversed__(self):
            return reversed(list(self._q))

        def _index(self, i):
            if not isinstance(i, int):
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
            if not -len(self._q) <= i < len(self._q):
                raise IndexError("deque index out of range")
            return i

        def __getitem__(self, i):
            return self._q[self._index(i)]

        def __setitem__(self, i, x):
            self._q[self._index(i)] = x

        def __delitem__(self, i):
            del self._q[self._index(i)]

        def _items(self):
            return list(self._q)

        def _repr_items(self):
            return repr(list(self._q))


class deque(_deque_base):
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and not isinstance(maxlen, int):
            raise TypeError("an integer is required")
        self._q = _deque_ring(iterable, maxlen)
        self._maxlen = maxlen

    @property
    def maxlen(self):
        return self._maxlen

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        d = deque(maxlen=self._maxlen)
        memo[id(self)] = d
        d.extend(deepcopy(v, memo) for v in self)
        return d

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        d = deque(maxlen=self._maxlen)
        items = self._items()
        for _ in range(n):
            d.extend(items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        d = self.copy()
        d.extend(other)
        return d

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._repr_items()})"
        return f"deque({self._repr_items()}, maxlen={self._maxlen})"


class _DictLike:
    """The dict methods, over self._d (a dict)."""

    __hash__ = None

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            other = other._d
        if not isinstance(other, dict):
            return NotImplemented
        return self._d == other

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self[key] if key in self._d else default

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other=(), /, **kwds):
        self._d.update(other._d if isinstance(other, _DictLike) else other, **kwds)

    def clear(self):
        self._d.clear()

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _dict_repr(d):
    return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in dict.items(d)) + "}"


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {_dict_repr(self)})"


class OrderedDict(dict):
    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({_dict_repr(self)})"


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.pop(self, elem)  # the interpreter's dict has no __delitem__ to call yet

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({_dict_repr(dict(self.most_common()))})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = max(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = min(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        return result

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __pos__(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self.items() if v < 0})


class ChainMap(_DictLike):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _d(self):
        d = {}
        for m in reversed(self.maps):
            d.update(m)
        return d

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return f"ChainMap({', '.join(map(repr, self.maps))})"


class _TupleBase(tuple):
    """What every namedtuple class adds to tuple: its repr, _asdict, _replace, and pickling."""

    __slots__ = ()

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(self._fields, self)]
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __getnewargs__(self):
        return tuple(self)

    def __replace__(self, /, **kwds):
        return self._replace(**kwds)


class _FieldGetter:
    # A namedtuple field: reads item index of the tuple; cannot be set (CPython's _tuplegetter).

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


_KEYWORDS = frozenset(["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                       "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
                       "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
                       "raise", "return", "try", "while", "with", "yield"])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def __new__(_cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_missing)
        for k in kwargs:
            if k in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{k}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{k}'")
        missing = [n for n, v in zip(fields, values) if v is _missing]
        if missing:
            names = [repr(n) for n in missing]
            if len(names) == 1:
                listed = names[0]
            elif len(names) == 2:
                listed = f"{names[0]} and {names[1]}"
            else:
                listed = ", ".join(names[:-1]) + f", and {names[-1]}"
            s = "" if len(names) == 1 else "s"
            raise TypeError(f"{typename}.__new__() missing {len(names)} required positional argument{s}: {listed}")
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    ns = {'__new__': __new__, '_make': classmethod(_make), '_fields': fields, '__slots__': (),
          '_field_defaults': field_defaults, '__match_args__': fields,
          '__doc__': f"{typename}({', '.join(fields)})"}
    for index, name in enumerate(fields):
        ns[name] = _FieldGetter(index, f'Alias for field number {index}')
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    return type(typename, (_TupleBase,), ns)


_missing = object()
