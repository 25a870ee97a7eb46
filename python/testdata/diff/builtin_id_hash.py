a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(1), hash(-1), hash(0), hash(2 ** 61), hash(2 ** 61 - 1), hash(-2), hash(1.5), hash(0.5))
print(hash(10 ** 30), hash(-10 ** 30), hash(1e100), hash(True), hash((1, 2)), hash(()))
print(hash(float("inf")), hash(2.0) == hash(2), hash(frozenset()) == 0)
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
