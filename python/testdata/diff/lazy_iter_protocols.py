r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
d = {"a": 1}
di = iter(d)
print(type(di).__name__, next(di))
ticks = iter(lambda c=[0]: c.append(1) or len(c), 4)
print(list(ticks))
m = map(pow, [2, 3], [3, 2])
print(list(m), list(m))
print(list(zip()), list(zip([1, 2], "ab", (True, False, None))))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    iter(5)
except TypeError as e:
    print(e)
