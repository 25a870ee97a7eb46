# The concurrent.futures API on a thread pool, with the moments things happen (t= in half seconds).
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, CancelledError, Future,
                                ThreadPoolExecutor, as_completed, wait)
from concurrent.futures._base import FINISHED, PENDING

T0 = time.monotonic()


def t():  # half seconds, rounded down: CPython's overheads do not change them
    return f"t={int((time.monotonic() - T0) * 2 + 1e-6) / 2}"


def task(n, fail=False):
    time.sleep(n / 2)
    if fail:
        raise ValueError(f"task {n} failed")
    return n * n


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, n) for n in (3, 1, 2)]
    print("states:", [f._state for f in fs], fs[2]._state == PENDING)
    for i, f in enumerate(as_completed(fs)):
        print(i, f.result(), t())
    print("all finished:", all(f._state == FINISHED for f in fs))

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, 2), ex.submit(task, 1, True), ex.submit(task, 3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", len(done), len(not_done), t())
    done, not_done = wait(fs, timeout=0.25, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED:", len(done), len(not_done), t())
    r = wait(fs, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", len(r.done), len(r.not_done), r._fields, t())
    e = fs[1].exception()
    print(type(e).__name__, e.args, repr(e))
    try:
        fs[1].result()
    except ValueError as err:
        print("result() raised", err, err is e)

with ThreadPoolExecutor(max_workers=1) as ex:
    results = ex.map(task, [2, 1, 3])
    print("map returned at", t())
    for r in results:
        print("map result", r, t())
    it = ex.map(task, [5, 1], timeout=1.2)
    try:
        for r in it:
            print("never", r)
    except TimeoutError:
        print("map timeout at", t())

with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(task, 2)
    queued = [ex.submit(task, 1) for _ in range(3)]
    time.sleep(0.25)
    print("cancel running:", running.cancel(), "cancel queued:", queued[0].cancel())
    print(queued[0].cancelled(), queued[0].done(), running.running())
    try:
        queued[0].result()
    except CancelledError:
        print("CancelledError")
    ex.shutdown(wait=True, cancel_futures=True)
    print("after shutdown:", [f._state for f in queued], t())
    try:
        ex.submit(task, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


def cb(f):
    print("callback", f.result(), t())


f = Future()
f.add_done_callback(cb)
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(5)
f.add_done_callback(cb)
print(repr(f)[:10], f.done())
