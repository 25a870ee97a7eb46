print(True, False, None, True == 1, False == 0, True is (1 == 1))
print(True + True, True * 10, -False, int(True), float(False), str(True), repr(None))
print(bool(), bool(None), bool(0j), bool([0]), bool(()), bool(range(0)), bool({}))
print(type(True).__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(None == 0, None is not False, not None, [None] * 2)
print(hash(True), hash(None) == hash(None), True & False, True | False, True ^ True)
print(sorted([True, False, 2, -1]), max(True, 0.5), sum([True, True, False]))
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
