# Reference case 17 (wait_cancelled_not_notified), translated into the dialect; still valid Python.
# wait() and as_completed() treat a future in state CANCELLED (cancel() called, but no executor has called
# set_running_or_notify_cancel yet) as NOT done, although f.done() is True. Only after the notify step
# does it count as done.
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()).
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


f = Future()
f.cancel()
print("f.done()=%s state=%s" % (f.done(), f._state))
r = wait([f], timeout=0.2)
print("wait(ALL_COMPLETED, 0.2):", "done" if f in r.done else "not_done", "at t=%s" % t())
r = wait([f], timeout=0.2, return_when=FIRST_COMPLETED)
print("wait(FIRST_COMPLETED, 0.2):", "done" if f in r.done else "not_done", "at t=%s" % t())
e = raised(list, as_completed([f], timeout=0.2))
print("as_completed(0.2): %s %r at t=%s" % (type(e).__name__, str(e), t()))
f.set_running_or_notify_cancel()
print("after set_running_or_notify_cancel: state=" + f._state)
r = wait([f], timeout=0.2)
print("wait(ALL_COMPLETED, 0.2):", "done" if f in r.done else "not_done", "at t=%s" % t())
print("as_completed: yielded", [x == f for x in as_completed([f], timeout=0.2)], "at t=%s" % t())
