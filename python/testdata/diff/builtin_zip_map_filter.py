print(list(zip("abc", [1, 2, 3])), dict(zip(["k1", "k2"], [1, 2])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(7))), list(filter(None, [0, 1, "", "a", None])))
print(list(map(int, "123")), sum(map(len, ["ab", "cde"])))
try:
    map(None)
except TypeError as e:
    print(e)
try:
    list(zip(1))
except TypeError as e:
    print(e)
