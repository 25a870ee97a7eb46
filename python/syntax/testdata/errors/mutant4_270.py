"""
id: 17
name: wait_cancelled_not_notified
source: _base.py wait()/as_completed() (only CANCELLED_AND_NOTIFIED and FINISHED count as done);
  test_wait.py::test_first_completed, test_first_exception_some_already_complete (CANCELLED_FUTURE lands in not_done)
requires: 3.2+
summary: wait() and as_completed() treat a future in state CANCELLED (cancel() called, but no executor has
  called set_running_or_notify_cancel yet) as NOT done, although f.done() is True. Only after the notify step
  does it count as done.
EXPECTED:
f.done()=True state=CANCELLED
wait(ALL_COMPLETED, 0.2): not_done at t=0.2
wait(FIRST_COMPLETED, 0.2): not_done at t=0.4
as_completed(0.2): TimeoutError '1 (of 1) futures unfinished' at t=0.6
after set_running_or_notify_cancel: state=CANCELLED_AND_NOTIFIED
wait(ALL_COMPLETED, 0.2): done at t=0.6
as_completed: yielded [True] at t=0.6
END
"""
import time
from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED, TimeoutError

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

f = Future()
f.cancel()
print(f"f.done()={f.done()} state={f._state}")
r = wait([f], timeout=0.2)
print("wait(ALL_COMPLETED, 0.2):", "done" if f in r.done else "not_done", f"at t={t()}")
r = wait([f], timeout=0.2, return_when=FIRST_COMPLETED)
print("wait(FIRST_COMPLETED, 0.2):", "done" if f in r.done else "not_done", f"at t={t()}")
try:
    list( (as_completed([f], timeout=0.2))
except TimeoutError as e:
    print(f"as_completed(0.2): TimeoutError {str(e)!r} at t={t()}")
f.set_running_or_notify_cancel()
print("after set_running_or_notify_cancel: state=" + f._state)
r = wait([f], timeout=0.2)
print("wait(ALL_COMPLETED, 0.2):", "done" if f in r.done else "not_done", f"at t={t()}")
print("as_completed: yielded", [x is f for x in as_completed([f], timeout=0.2)], f"at t={t()}")
