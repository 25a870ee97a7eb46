print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 10 for x in range(5)), any("abc"), all(""))
print(any(iter([False, True])), all({1: 0}))
try:
    any(5)
except TypeError as e:
    print(e)
