print({k: k * k for k in range(5)})
print({c: i for i, c in enumerate("abca")})
print({x % 4 for x in range(10)})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({w[0] for w in ["apple", "avocado", "banana"]}))
words = ["one", "two", "three"]
print({w: len(w) for w in words if len(w) > 3})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
