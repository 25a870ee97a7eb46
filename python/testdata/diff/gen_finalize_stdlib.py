# A generator dropped while the program holds a functools.partial, a collections.deque and an
# itertools.chain is closed at once, as reference counting closes it; one held by any of them is
# closed when that object is dropped, and lives as long as it does.
from collections import deque
from functools import partial
from itertools import chain, islice


def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


def first(it):
    return next(it)


# Objects the program keeps while generators are dropped.
queue = deque([1, 2, 3])
joined = chain("ab", queue)
add = partial(max, 0)

g = counted("plain")
next(g)
del g
print("after del plain")

d = deque([counted("in a deque")])
next(d[0])
del d
print("after del deque")

c = chain([0], counted("in a chain"))
print(next(c), next(c))
del c
print("after del chain")

p = partial(first, counted("in a partial"))
print(p())
del p
print("after del partial")

s = islice(chain(deque([counted("in islice of chain of deque")])), 2)
print(next(next(s)))
del s
print("after del islice")

g = counted("kept by a deque")
next(g)
q = deque([g])
del g
print("deque alive:", len(q))
del q
print("after del kept deque")

g = counted("kept by a partial")
held = partial(first, g)
del g
print("partial alive:", held())
held = None
print("after dropping partial")

print(next(joined), add(-5), list(queue))
print("-- end")
