# While a script holds objects of many standard modules (caches, collections, a match, a dataclass,
# context managers, getters, dates, an enum, a heap, a random generator, a digest), a generator it
# drops is still closed at once, as reference counting closes it.
import contextlib
import dataclasses
import datetime
import enum
import hashlib
import heapq
import json
import random
import re
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import cached_property, lru_cache, partial, reduce
from itertools import count, groupby, repeat, tee
from operator import attrgetter, itemgetter, methodcaller


def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


def drop(name):
    g = counted(name)
    next(g)
    del g
    print("after", name)


@lru_cache(maxsize=4)
def square(n):
    return n * n


class Box:
    @cached_property
    def size(self):
        return 3


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Colour(enum.Enum):
    RED = 1
    BLUE = 2


Pair = namedtuple("Pair", "a b")

kept = {}
kept["lru"] = (square, square(3))
box = Box()
kept["cached"] = (box, box.size)
drop("with caches")

kept["collections"] = (defaultdict(list, a=[1]), Counter("abca"), OrderedDict(x=1), Pair(1, 2))
kept["re"] = (re.compile(r"(\w)(\d)"), re.search(r"(\w)(\d)", "a1 b2"), re.finditer(r"\d", "1 2"))
drop("with collections and re")

kept["data"] = (Point(1), dataclasses.field(default=0), Colour.RED, Colour)
kept["dates"] = (datetime.date(2024, 5, 1), datetime.timedelta(days=2), datetime.datetime(2024, 5, 1, 12))
drop("with dataclasses, enum and datetime")

stack = contextlib.ExitStack()
stack.enter_context(contextlib.suppress(KeyError))
kept["ctx"] = (stack, contextlib.nullcontext(5))
kept["getters"] = (itemgetter(1), attrgetter("x"), methodcaller("upper"), partial(reduce, max))
drop("with context managers and getters")

heap = [5, 1, 3]
heapq.heapify(heap)
a, b = tee(range(3))
next(a)
kept["misc"] = (heap, random.Random(7), hashlib.sha256(b"x"), json.JSONDecoder(), count(3), repeat("r", 2),
                groupby("aab"), a, b)
drop("with heaps, tee, random and hashes")


@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


cm = managed("suspended")
cm.__enter__()
del cm
print("after del context manager")
with managed("block") as n:
    print("inside", n)
print(len(kept), square.cache_info().hits, Colour.BLUE.name, heap[0])
print("-- end")
