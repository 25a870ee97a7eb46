# Reference case 33 (map_order), translated into the dialect; still valid Python.
# map yields results in input order even when calls finish out of order; several iterables are zipped
# (shortest wins); chunksize is accepted and ignored by ThreadPoolExecutor.
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def task(name, d):
    time.sleep(d)
    return name


with ThreadPoolExecutor(max_workers=3) as ex:
    for r in ex.map(task, ["a", "b", "c"], [0.3, 0.1, 0.2]):
        print("t=%s %s" % (t(), r))
    print("zipped:", list(ex.map(pow, [1, 2, 3, 4], [5, 3, 4])))
    print("chunksize ignored:", list(ex.map(pow, range(10), range(10), chunksize=3)))
