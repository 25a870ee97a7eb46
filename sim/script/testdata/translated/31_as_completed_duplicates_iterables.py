# Reference case 31 (as_completed_duplicates_iterables), translated into the dialect; still valid Python.
# Duplicated futures are yielded once; any iterable (including itertools.repeat, generators) is accepted;
# an empty input yields nothing.
#
# The dialect has no itertools: repeat() below returns a list of the items itertools.repeat(f, 3) yields,
# so the first line checks the duplicates but no longer a non-list iterable. (The dialect also turns a
# generator expression into a list; in CPython it is a generator.)
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def repeat(x, n):
    return [x] * n


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(time.sleep, 0.2)
    completed = list(as_completed(repeat(f, 3)))
    print("t=%s yielded %d future(s) from repeat(f, 3)" % (t(), len(completed)))
    g = ex.submit(int)
    print("generator input yielded:", len(list(as_completed(x for x in (f, g, g)))))
    print("empty:", list(as_completed([])))
