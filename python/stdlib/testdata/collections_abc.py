from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Callable,
                             Hashable, Sized, Container, Collection, Set, Generator)
import collections.abc as cabc
from collections import deque, Counter
print([isinstance(x, Iterable) for x in ([], (), "", {}, set(), range(3), iter([]), 5, None, deque())])
print([isinstance(x, Iterator) for x in (iter([]), [], (y for y in []), map(str, []), zip(), 3)])
print([isinstance(x, Mapping) for x in ({}, Counter(), [], "x")], isinstance({}, MutableMapping), isinstance([], Sequence), isinstance("s", MutableSequence))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable), isinstance([], Hashable), isinstance((1,), Hashable), isinstance(deque(), MutableSequence))
print(isinstance([1], Sized), isinstance({1}, Set), isinstance((x for x in ()), Generator), isinstance("ab", Container), isinstance([], Collection))
class Registry(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2}, len(r), isinstance(r, Mapping))
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store(); s.update({"x": 1}, y=2); s.setdefault("z", 3); print(dict(s), s.pop("x"), s.popitem(), len(s))
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), isinstance(Countdown(1), Iterable))
class Half(Mapping):
    def __getitem__(self, k): return k
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
q = Seq(); print(list(q), 20 in q, q.index(20), q.count(10), list(reversed(q)))
class Point:
    def __iter__(self): return iter((1, 2))
print(isinstance(Point(), Iterable), isinstance(Point(), Sized), cabc.Sized.__name__)
