# Reference case 41 (shutdown_cancel_futures), translated into the dialect; still valid Python.
# shutdown(cancel_futures=True) drains the queue and calls cancel() on every queued (PENDING) future;
# running ones finish. The drained futures stay CANCELLED forever (no worker ever calls
# set_running_or_notify_cancel), so wait()/as_completed() never count them as done. Their callbacks run
# in the thread calling shutdown().
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()).
# Covered: all expected lines.
# Not covered: none.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, as_completed

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


cb_threads = []

ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(time.sleep, 0.2) for _ in range(5)]
for f in fs[1:]:
    f.add_done_callback(lambda _: cb_threads.append(threading.current_thread().name))
time.sleep(0.1)
ex.shutdown(wait=True, cancel_futures=True)
print("t=%s shutdown returned; states=%s" % (t(), [f._state for f in fs]))
print("cancelled()=%s done()=%s" % ([f.cancelled() for f in fs], [f.done() for f in fs]))
print("callbacks ran in:", cb_threads)
r = wait(fs, timeout=0.2)
print("t=%s wait(fs, 0.2): done=%d not_done=%d" % (t(), len(r.done), len(r.not_done)))
e = raised(list, as_completed(fs[1:], timeout=0.1))
print("t=%s as_completed(cancelled, 0.1): %s" % (t(), e))
