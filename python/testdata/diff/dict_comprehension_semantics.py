print({k % 3: k for k in range(10)})
print({x: y for x, y in [("a", 1), ("b", 2), ("a", 3)]})
d = {"one": 1, "two": 2, "three": 3}
print({v: k for k, v in d.items() if v != 2})
print(dict(zip("abc", range(3))), dict([("x", 1)], y=2), dict(d, four=4))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, "c" in nested["a"]["b"], list(nested["a"]))
d2 = {}
d2.setdefault("list", []).append(1)
d2.setdefault("list", []).append(2)
print(d2)
