# Reference case 19 (wait_first_completed_already_done), translated into the dialect; still valid Python.
# If any future is already done (FINISHED or CANCELLED_AND_NOTIFIED) wait(FIRST_COMPLETED) returns at once
# and `done` holds every already-done future (possibly several). A plain CANCELLED (not notified) future
# is reported in not_done.
#
# The reference builds futures in a given state by assigning f._state and f._result (the helper of
# CPython's tests); the dialect's futures have a read-only _state, so create_future() reaches the same
# state through the public methods (cancel, set_running_or_notify_cancel, set_result).
# Covered: both expected lines.
# Not covered: none.
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, FIRST_COMPLETED

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def create_future(state, result=None):
    f = Future()
    if state == "FINISHED":
        f.set_result(result)
    elif state in ("CANCELLED", "CANCELLED_AND_NOTIFIED"):
        f.cancel()
        if state == "CANCELLED_AND_NOTIFIED":
            f.set_running_or_notify_cancel()
    return f


with ThreadPoolExecutor(max_workers=2) as ex:
    label = {create_future("CANCELLED_AND_NOTIFIED"): "cancelled_and_notified",
             create_future("FINISHED", 42): "success",
             ex.submit(time.sleep, 0.3): "sleeper"}
    r = wait(label, return_when=FIRST_COMPLETED)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
    label = {create_future("CANCELLED"): "cancelled_not_notified",
             ex.submit(pow, 21, 2): "mul",
             ex.submit(time.sleep, 0.3): "sleeper2"}
    r = wait(label, return_when=FIRST_COMPLETED)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
