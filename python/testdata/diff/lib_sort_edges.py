def key(x):
    print("key", x)
    return x % 3

data = [5, 3, 9, 1, 6]
print(sorted(data, key=key))
pairs = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(x * x for x in range(-3, 3)))
print(min([3, 1, 1.0, 2]), max([1, 3, 3.0], key=lambda v: -v), max("ab", "ba", key=lambda s: s[1]))
print(min([], key=len, default="none"), max([[1], [2, 3]], key=len))
items = [3, 1, 2]
def meddle(x):
    items.append(x)
    return x
try:
    items.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e, items)
for bad in ([1, "a"], ["a", 1], [1, 2, None, 3], [(1, "x"), (1, 2)]):
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
big = list(range(100, 0, -1)) + list(range(50))
print(sorted(big)[:5], sorted(big)[-3:], sorted(big, reverse=True)[:3])
