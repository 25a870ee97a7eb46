print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, 1.0, True, "1"}))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, d[1], list(d)[0] is not None, type(list(d)[0]).__name__)
nan = float("nan")
e = {nan: "a"}
e[nan] = "b"
e[float("nan")] = "c"
print(len(e), e[nan], list(e.values()))
print({-0.0: "neg"}, {0.0: 1, -0.0: 2}, hash(-0.0) == hash(0.0))
print(hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)), hash(10 ** 20) == hash(1e20), 10 ** 20 == 1e20)
print({(1, 2): "t", frozenset({1, 2}): "f"}[frozenset({2, 1})], (1, 2) == (1.0, 2.0), {(1, 2): 0}[(1.0, 2.0)])
print(1 in {1.0}, 1.5 in {1, 2}, "a" in {"a": 1}, None in {None: 0}, [] in [[]], {} == dict())
print(sorted({3: 1, 1: 2, 2: 3}.items()), {1: 1} == {1.0: 1.0}, {1, 2} == frozenset({1.0, 2.0}))
