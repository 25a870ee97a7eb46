# Reference case 23 (wait_all_completed_timeout), translated into the dialect; still valid Python.
# wait(ALL_COMPLETED, timeout) returns after the timeout with the unfinished futures in not_done; it does
# NOT raise TimeoutError. Without a timeout it returns once all are done, including failed ones.
#
# The reference builds futures in a given state by assigning f._state, f._exception and f._result (the
# helper of CPython's tests); the dialect's futures have a read-only _state, so create_future() reaches
# the same state through the public methods (cancel, set_running_or_notify_cancel, set_result,
# set_exception).
# Covered: both expected lines.
# Not covered: none.
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, ALL_COMPLETED

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def create_future(state, exception=None, result=None):
    f = Future()
    if state == "FINISHED" and exception is not None:
        f.set_exception(exception)
    elif state == "FINISHED":
        f.set_result(result)
    elif state == "CANCELLED_AND_NOTIFIED":
        f.cancel()
        f.set_running_or_notify_cancel()
    return f


with ThreadPoolExecutor(max_workers=2) as ex:
    sleeper = ex.submit(time.sleep, 0.5)
    label = {create_future("CANCELLED_AND_NOTIFIED"): "cancelled_and_notified",
             create_future("FINISHED", exception=OSError()): "exception",
             create_future("FINISHED", result=42): "success", sleeper: "sleeper"}
    r = wait(label, timeout=0.2, return_when=ALL_COMPLETED)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
    sleeper.result()
    label = {ex.submit(divmod, 2, 0): "divmod", ex.submit(pow, 2, 21): "mul"}
    r = wait(label)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
