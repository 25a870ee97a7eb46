r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r.index(8), r.count(5))
print(range(5), range(0), range(1, 5), range(5, 0, -1), list(range(5, 0, -2)))
print(10 in r, 11 in r, range(3) == range(0, 3), range(0) == range(2, 2), range(10 ** 20)[-1])
print(list(reversed(range(4))), sum(range(101)), max(range(7)), bool(range(0)))
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
