# Reference case 07 (future_result_timeout), translated into the dialect; still valid Python (3.11+).
# cpython: >=3.11
# result(timeout)/exception(timeout) raise TimeoutError (the builtin class since 3.11, empty message) when
# the future is not done in time; the state is unchanged. timeout<=0 polls without blocking. A result
# arriving during the wait wakes the caller at once. A done future answers even with timeout=0.
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()). threading.Timer is replaced by a thread that
# sleeps, then sets the result.
# Covered: all expected lines (of 3.11+; 3.10 prints False on the first line).
# Not covered: none.
import threading
import time
from concurrent import futures

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def raised(fn, *args, **kwargs):
    with futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


print("futures.TimeoutError is builtin TimeoutError:", futures.TimeoutError == TimeoutError)
f = futures.Future()
e = raised(f.result, timeout=0.2)
print("result(0.2): %s at t=%s msg=%r" % (type(e).__name__, t(), str(e)))
e = raised(f.exception, timeout=0.1)
print("exception(0.1): %s at t=%s" % (type(e).__name__, t()))
print("state unchanged:", f._state)
for to in (0, -1):
    e = raised(f.result, timeout=to)
    print("result(timeout=%s) -> %s at t=%s" % (to, type(e).__name__, t()))


def set_later(value):
    time.sleep(0.2)
    f.set_result(value)


threading.Thread(target=set_later, args=("done",)).start()
print("result(timeout=2) -> %s at t=%s" % (f.result(timeout=2), t()))
print("done future, timeout=0 ->", f.result(timeout=0))
