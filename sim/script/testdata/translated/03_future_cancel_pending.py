# Reference case 03 (future_cancel_pending), translated into the dialect; still valid Python.
# cancel() on PENDING returns True and moves to CANCELLED; result()/exception() raise CancelledError;
# cancel() is idempotent; a thread blocked in result() is woken by cancel().
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()). threading.Timer is replaced by a thread that
# sleeps, then cancels.
# Covered: every expected line but one; the repr is printed with its address replaced by "0x…".
# Not covered: "CancelledError mro: [...]" (the dialect's classes have no __mro__).
import threading
import time
from concurrent.futures import Future, CancelledError, ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def no_addr(r):
    return "<Future at 0x…" + r[r.index(" state="):]


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


f = Future()
print("cancel ->", f.cancel())
print(f._state, "cancelled=%s done=%s running=%s" % (f.cancelled(), f.done(), f.running()))
print(no_addr(repr(f)))
for meth in ("result", "exception"):
    e = raised(getattr(f, meth), timeout=0)
    print(meth, "raised", type(e).__name__, "msg=%r" % str(e), "exact_class=%s" % (type(e) == CancelledError))
print("cancel again ->", f.cancel(), f._state)

g = Future()


def cancel_later():
    time.sleep(0.2)
    g.cancel()


T0 = time.monotonic()
threading.Thread(target=cancel_later).start()
e = raised(g.result, timeout=5)
print("blocked result() woke at t=%s with %s" % (t(), type(e).__name__))
