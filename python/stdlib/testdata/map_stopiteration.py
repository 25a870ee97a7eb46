# The itertools docs' roundrobin recipe: a StopIteration raised by the
# function map calls ends the map, as CPython's map ends.
from itertools import cycle, islice
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)
print(list(roundrobin("ABC", "D", "EF")))
print(list(map(next, [iter([1]), iter([]), iter([3])])))
