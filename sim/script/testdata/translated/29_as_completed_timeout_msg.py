# Reference case 29 (as_completed_timeout_msg), translated into the dialect; still valid Python (3.11+).
# cpython: >=3.11
# When the deadline passes, next() raises TimeoutError('%d (of %d) futures unfinished' % (len(pending),
# total)) after everything that did finish was yielded; total counts distinct futures; the iterator is
# then exhausted (generator semantics).
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()). The reference builds futures in a given state by
# assigning f._state and f._result; the dialect's futures have a read-only _state, so create_future()
# reaches the same state through the public methods. TimeoutError is not imported from
# concurrent.futures, so the name is the builtin class (the reference writes __builtins__.TimeoutError).
# Covered: all expected lines.
# Not covered: none.
from concurrent.futures import Future, ThreadPoolExecutor, as_completed


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


def create_future(state, result=None):
    f = Future()
    if state == "FINISHED":
        f.set_result(result)
    elif state == "RUNNING":
        f.set_running_or_notify_cancel()
    elif state == "CANCELLED_AND_NOTIFIED":
        f.cancel()
        f.set_running_or_notify_cancel()
    return f


label = {create_future("CANCELLED_AND_NOTIFIED"): "cancelled_and_notified", create_future("PENDING"): "pending",
         create_future("RUNNING"): "running", create_future("FINISHED", 42): "success"}
got = []


def collect(it):
    for f in it:
        got.append(label[f])


it = as_completed(list(label), timeout=0)
e = raised(collect, it)
print("yielded:", sorted(got))
print("TimeoutError:", e, "| builtin TimeoutError:", type(e) == TimeoutError)
e = raised(next, it)
print("next after timeout:", type(e).__name__)

p = create_future("PENDING")
s = create_future("FINISHED", 1)
e = raised(list, as_completed([p, p, s], timeout=0.1))
print("duplicates:", e)
