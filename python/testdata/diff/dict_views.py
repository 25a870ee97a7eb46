d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), k == {"a", "b", "c", "d"})
print(list(reversed(d)), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end=" ")
print()
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, d | {"a": 0}, {**d})
