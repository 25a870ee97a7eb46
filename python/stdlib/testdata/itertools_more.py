# itertools as concurrency code uses it: batching work, pairing, counting ids, splitting an iterator
# with tee, grouping results, and the lazy pieces (islice of count, takewhile, dropwhile, compress).
import itertools as it
import operator

print(list(it.batched(range(10), 3)), list(it.batched("abcdefg", 2)))
print(list(it.pairwise([1, 4, 9, 16])), list(it.pairwise("a")))
ids = it.count(100, 5)
print([next(ids) for _ in range(3)], list(it.islice(it.count(), 2, 12, 3)), next(it.count(1.5, 0.5)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), [list(x) for x in it.tee("xy", 3)])
results = [("ok", 1), ("ok", 2), ("err", 3), ("ok", 4), ("ok", 5)]
print([(k, [v for _, v in g]) for k, g in it.groupby(results, key=operator.itemgetter(0))])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(max, [[1, 5], [7, 2]])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.accumulate([2, 3, 4], operator.mul)), list(it.accumulate([])))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("z", 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.permutations([])), list(it.combinations("ab", 3)))
for bad in [lambda: it.batched("ab", 0), lambda: list(it.islice("ab", -1)), lambda: it.repeat(1, "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat("a", 2)))
