"""Abstract base classes for containers (collections.abc).

Has: Hashable, Iterable, Iterator, Reversible, Generator, Sized,
Container, Callable, Collection, Sequence, MutableSequence, Set,
MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator (a subclass
gets the mixin methods: Mapping's get, keys, items, values, __contains__,
__eq__; MutableMapping's pop, popitem, clear, update, setdefault;
Sequence's __contains__, __iter__, __reversed__, index, count;
MutableSequence's append, extend, insert-based methods; isinstance works
for built-in types and for classes that define the methods: Iterable,
Iterator, Sized, Container, Callable, Hashable, Collection, Reversible),
Iterable.register and the others' (virtual subclasses).
Lacks: issubclass with structural checks (the interpreter does not call
__subclasscheck__), Set's operators as mixins, Buffer.
"""

from abc import ABCMeta, ABC, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "Hashable", "Iterable", "Iterator",
           "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set", "MutableSet",
           "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence"]


def _has(cls, *methods):
    for m in methods:
        for k in cls.__mro__:
            if m in k.__dict__:
                if k.__dict__[m] is None:
                    return False
                break
        else:
            return False
    return True


class _ABCMeta(ABCMeta):
    def register(cls, subclass):
        cls.__dict__['_registry'].append(subclass)
        return subclass

    def __instancecheck__(cls, obj):
        return cls._check(type(obj), obj)

    def __subclasscheck__(cls, sub):
        return cls._check(sub, None)

    def _check(cls, sub, obj):
        mro = getattr(sub, '__mro__', (sub,))
        if cls in mro:
            return True
        for c in [cls] + cls._all_subclasses():
            for r in c.__dict__['_registry']:
                if r in mro:
                    return True
        probe = cls.__dict__['_probe'] if '_probe' in cls.__dict__ else None
        if isinstance(probe, staticmethod):
            probe = probe.__func__
        return bool(probe is not None and probe(sub, obj))

    def _all_subclasses(cls):
        out = []
        for s in cls.__dict__['_abc_subclasses']:
            out.append(s)
            out.extend(s._all_subclasses())
        return out


class _Base(ABC, metaclass=_ABCMeta):
    _registry = []
    _abc_subclasses = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._registry = []
        cls._abc_subclasses = []
        for b in cls.__bases__:
            if isinstance(b, _ABCMeta) and '_abc_subclasses' in b.__dict__:
                b.__dict__['_abc_subclasses'].append(cls)


def _callable_probe(sub, obj):
    return callable(obj) if obj is not None else _has(sub, '__call__')


class Hashable(_Base):
    @abstractmethod
    def __hash__(self):
        return 0

    @staticmethod
    def _probe(sub, obj):
        if obj is not None:
            try:
                hash(obj)
                return True
            except TypeError:
                return False
        return _has(sub, '__hash__')


class Iterable(_Base):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    _probe = staticmethod(lambda sub, obj: _has(sub, '__iter__'))


class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    _probe = staticmethod(lambda sub, obj: _has(sub, '__iter__', '__next__'))


class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    _probe = staticmethod(lambda sub, obj: _has(sub, '__reversed__', '__iter__'))


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(_Base):
    @abstractmethod
    def __len__(self):
        return 0

    _probe = staticmethod(lambda sub, obj: _has(sub, '__len__'))


class Container(_Base):
    @abstractmethod
    def __contains__(self, x):
        return False

    _probe = staticmethod(lambda sub, obj: _has(sub, '__contains__'))


class Collection(Sized, Iterable, Container):
    _probe = staticmethod(lambda sub, obj: _has(sub, '__len__', '__iter__', '__contains__'))


class Callable(_Base):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    _probe = staticmethod(_callable_probe)


class Awaitable(_Base):
    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    pass


class AsyncIterable(_Base):
    @abstractmethod
    def __aiter__(self):
        return None


class AsyncIterator(AsyncIterable):
    @abstractmethod
    def __anext__(self):
        return None


class Set(Collection):
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(e in other for e in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return all(v not in self for v in other)


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)


class Mapping(Collection):
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _builtin_types():
    import collections
    it = lambda o: type(iter(o))
    iterators = [it([]), it(()), it(""), it({}), it(set()), it(range(0)), it({}.values()), it({}.items()),
                 type(x for x in ()), type(map(abs, ())), type(filter(None, ())), type(zip()),
                 type(enumerate(())), type(reversed([]))]
    seqs = [list, tuple, str, range, bytes]
    for t in iterators:
        Iterator.register(t)
    Generator.register(type(x for x in ()))
    for t in seqs:
        Sequence.register(t)
    for t in (list, collections.deque):
        MutableSequence.register(t)
    for t in (set, frozenset, type({}.keys()), type({}.items())):
        Set.register(t)
    MutableSet.register(set)
    MutableMapping.register(dict)
    ValuesView.register(type({}.values()))
    KeysView.register(type({}.keys()))
    ItemsView.register(type({}.items()))
    for t in (int, float, complex, bool, str, bytes, tuple, frozenset, type(None), type, range):
        Hashable.register(t)
    for t in (list, tuple, str, bytes, dict, set, frozenset, range, collections.deque):
        Collection.register(t)
    Reversible.register(dict)


_builtin_types()
