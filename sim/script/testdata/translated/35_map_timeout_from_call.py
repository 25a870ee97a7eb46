# Reference case 35 (map_timeout_from_call), translated into the dialect; still valid Python (3.11+).
# map(timeout=T) sets ONE deadline at the call. Already-finished results are still returned after the
# deadline (result() of a done future ignores a negative timeout); the first unfinished one raises
# TimeoutError (empty message) and the iterator is exhausted afterwards; remaining futures get cancel(),
# which a running call ignores (it still runs to completion).
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()). The loop over the map's results is such a call.
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


finished = []


def nap(d):
    time.sleep(d)
    finished.append(d)
    return d


def show(it):
    for r in it:
        print("t=%s got %s" % (t(), r))


with ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(nap, [0.1, 0.1, 0.6], timeout=0.3)
    time.sleep(0.4)
    e = raised(show, it)
    print("t=%s %s msg=%r" % (t(), type(e).__name__, str(e)))
    e = raised(next, it)
    print("next after timeout:", type(e).__name__)
print("finished calls (the timed-out one still ran):", sorted(finished))
