from itertools import *
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), count(3), count(1, 2))
c = count(5); next(c); print(c)
print(list(islice(cycle("abc"), 7)), list(cycle([])), list(repeat(7, 3)), repeat("x"), repeat(1, 2))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations(range(3))), list(permutations("abc", 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 4, 6, 2, 1], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")], [k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "bean", "beet", "corn"]), key=lambda s: s[0])])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(batched("ABCDEFG", 3)), list(batched([], 2)))
def noisy():
    for i in range(3):
        print("produce", i)
        yield i
it = chain(noisy(), noisy())
print("created")
print(next(it))
z = zip_longest(noisy(), "ab")
print("zip created"); print(next(z))
m = islice(noisy(), 1, 2)
print(list(m))
g = groupby([1, 1, 2])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
for bad in [lambda: islice("abc", -1), lambda: islice("abc", 0, 2, 0), lambda: list(batched("abc", 0)), lambda: list(permutations("abc", -1))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
