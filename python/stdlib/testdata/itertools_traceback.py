# Errors inside itertools (C code in CPython) show only the script's frames.
import itertools
from itertools import starmap, islice, accumulate, groupby, chain, count, takewhile
print(type(chain()).__name__, type(count()).__module__, isinstance(count(), count), repr(count(2.5, 0.5)))
print(list(islice(count(), 0)), list(chain.from_iterable(["ab", "c"])), next(count(10)))
def risky(x, y):
    return x // y
def gen():
    yield 1
    yield 2
    raise ValueError("generator broke")
print(list(islice(gen(), 2)))
try:
    list(chain([1], gen()))
except ValueError as e:
    print("ValueError", e)
print(list(accumulate([1, 2, 3], lambda a, b: a * b)), [k for k, _ in groupby("aabbbc")])
try:
    list(takewhile(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(starmap(risky, [(7, 2), (9, 3)])))
for x in starmap(risky, [(1, 1), (1, 0)]):
    print(x)
