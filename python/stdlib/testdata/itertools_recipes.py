# The recipes of the itertools documentation, which combine the module's
# iterators with collections, functools and operator.
import collections
import functools
import math
import operator
from itertools import (accumulate, batched, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, permutations, product, repeat, starmap, tee, zip_longest)

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterable):
    return chain([value], iterable)

def tabulate(function, start=0):
    return map(function, count(start))

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def quantify(iterable, predicate=bool):
    return sum(map(predicate, iterable))

def first_true(iterable, default=False, predicate=None):
    return next(filter(predicate, iterable), default)

def all_equal(iterable, key=None):
    return len(take(2, groupby(iterable, key))) <= 1

def unique_justseen(iterable, key=None):
    if key is None:
        return map(operator.itemgetter(0), groupby(iterable))
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)

def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    iterators = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*iterators, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*iterators, strict=True)
    return zip(*iterators)

def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)

def partition(predicate, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(predicate, t1), filter(predicate, t2)

def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def iter_index(iterable, value, start=0, stop=None):
    iterator = islice(iterable, start, stop)
    for i, element in enumerate(iterator, start):
        if element is value or element == value:
            yield i

def sieve(n):
    data = bytearray((0, 1)) * (n // 2) if False else None
    primes = []
    for x in range(2, n):
        if all(x % p for p in primes if p * p <= x):
            primes.append(x)
    return iter(primes)

def sum_of_squares(iterable):
    return math.sumprod(*tee(iterable))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def running_mean(iterable):
    return (total / n for n, total in enumerate(accumulate(iterable), 1))

print(take(3, prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x)), list(repeatfunc(pow, 3, 2, 5)))
print(list(flatten([[1, 2], [3]])), list(ncycles("ab", 3)), list(tail(3, range(10))))
it = iter(range(10)); consume(it, 3); print(next(it), nth(range(10), 4), nth([], 1, "none"), quantify([0, 1, 2, 0]))
print(first_true([0, None, 7, 8]), first_true([], "x"), all_equal("aaa"), all_equal("aab"), all_equal([1, 1.0, True]))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.casefold)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.casefold)))
print(list(sliding_window("ABCDEFG", 3)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
print([list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(subslices("ABCD")), list(powerset([1, 2, 3])), list(iter_index("AABCADEAF", "A")))
print(list(sieve(30)), sum_of_squares([10, 20, 30]), dotproduct([1, 2, 3], [4, 5, 6]), list(running_mean([8.5, 9.5, 7.5, 6.5])))
print(list(batched(range(7), 3)), list(pairwise("abcd")), list(compress(range(10), cycle([1, 0]))), list(product("ab", repeat=2)))
print(functools.reduce(operator.mul, range(1, 6)), list(accumulate(range(6), operator.mul, initial=1)), len(list(permutations(range(5), 3))))
it = iter(range(10)); print(list(islice(it, 5, 3)), next(it), list(islice(range(10), 2, 9, 3)), list(islice(range(3), 1, None)))
