# Reference case 05 (future_set_running_or_notify_cancel), translated into the dialect; still valid Python.
# On CANCELLED, set_running_or_notify_cancel() returns False and moves to CANCELLED_AND_NOTIFIED. Called in
# any other non-PENDING state it logs CRITICAL and raises RuntimeError('Future in unexpected state').
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()).
# Covered: every expected line but the LOG lines.
# Not covered: the three "LOG CRITICAL concurrent.futures: Future <id> in unexpected state: ..." lines: the
# dialect has no logging module (no handler can be installed). The records still go to stderr, through
# logging's last-resort handler in CPython, but they carry id(future), which differs from run to run,
# so stderr is not compared.
from concurrent.futures import Future, ThreadPoolExecutor


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


f = Future()
f.cancel()
print("after cancel:", f._state)
print("set_running_or_notify_cancel ->", f.set_running_or_notify_cancel())
print("after notify:", f._state, "cancelled=%s done=%s" % (f.cancelled(), f.done()))

r = Future()
r.set_running_or_notify_cancel()
d = Future()
d.set_result(0)
for fut in (f, r, d):
    label = fut._state
    e = raised(fut.set_running_or_notify_cancel)
    print(label, "->", "%s: %s" % (type(e).__name__, e))
