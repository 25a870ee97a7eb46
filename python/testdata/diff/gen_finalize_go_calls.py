# A generator dropped inside Python code that a Go-written callable runs (functools.partial,
# lru_cache, itertools' function-calling iterators, reduce, operator's getters, sorted/min/max
# keys, map, filter) is closed right at the drop, as CPython's reference counting does.
from functools import partial, lru_cache, reduce
from itertools import starmap, takewhile, dropwhile, filterfalse, accumulate, groupby
from operator import attrgetter, itemgetter, methodcaller
from collections import deque

def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

def work(name, *rest):
    g = counted(name)
    next(g)
    del g
    print("after del in", name)
    return 1

partial(work, "partial")()
partial(partial(work, "partial of partial"))()
lru_cache(work)("lru_cache")
print(list(starmap(work, [("starmap",)])))
print(list(takewhile(lambda x: work("takewhile"), [1])))
print(list(dropwhile(lambda x: not work("dropwhile"), [1])))
print(list(filterfalse(lambda x: not work("filterfalse"), [1])))
print(list(accumulate([1, 2], lambda a, b: work("accumulate"))))
print(reduce(lambda a, b: work("reduce"), [1, 2]))
print(reduce(lambda a, b: work("reduce with start"), [1], 0))
print([k for k, _ in groupby([1], key=lambda x: work("groupby"))])
d = deque([1])
d.extend(x for x in [work("deque.extend")])
print(tuple(map(lambda x: work("map"), [1])))
print(tuple(map(lambda x, y: work("map of two"), [1], [2])))
print(list(filter(lambda x: work("filter"), [1])))
print(sorted([2, 1], key=lambda x: work("sorted key " + str(x))))
print(min([3], key=lambda x: work("min key")), max([3], key=lambda x: work("max key")))

class Box:
    @property
    def inner(self):
        work("property via attrgetter")
        return self
    def __getitem__(self, i):
        return work("__getitem__ via itemgetter")
    def meth(self, x):
        return work("methodcaller " + x)

b = Box()
print(attrgetter("inner.inner")(b) is b)
print(itemgetter(0, 1)(b))
print(methodcaller("meth", "arg")(b))
print(sorted([Box()], key=attrgetter("inner")) != [])
print("-- end")
