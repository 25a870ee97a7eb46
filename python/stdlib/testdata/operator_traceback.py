# operator's functions are C in CPython: errors show only the script's frames.
import operator
from functools import reduce
from operator import itemgetter, attrgetter, methodcaller
print(reduce(operator.add, [1, 2, 3]), operator.mul(3, "ab"), operator.truediv(1, 4), operator.pow(2, 10), operator.__or__({1}, {2}))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 1}]
print(sorted(rows, key=itemgetter("v")), [methodcaller("upper")(r["n"]) for r in rows], attrgetter("real", "imag")(3 + 4j))
try:
    sorted(rows, key=itemgetter("missing"))
except KeyError as e:
    print("KeyError", e)
total = reduce(operator.add, [1, 2, "three"])
