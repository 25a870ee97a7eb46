"""
id: 19
name: wait_first_completed_already_done
source: test_wait.py::test_first_completed_some_already_completed, test_first_completed
requires: 3.2+
summary: If any future is already done (FINISHED or CANCELLED_AND_NOTIFIED) wait(FIRST_COMPLETED) returns
  immediately and `done` holds every already-done future (possibly several). A plain CANCELLED (not notified)
  future is reported in not_done.
EXPECTED:
t=0.0 done=['cancelled_and_notified', 'success'] not_done=['sleeper']
t=0.0 done=['mul'] not_done=['cancelled_not_notified', 'sleeper2']
END
"""
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, FIRST_COMPLETED
from concurrent.futures._base import CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"
def create_future(state, result=None):   # same helper as Lib/test/test_concurrent_futures/util.py
    f = Future(); f._state = state; f._result = result
    return f

with ThreadPoolExecutor(max_workers=2) as ex:
    label = {create_future(CANCELLED_AND_NOTIFIED): "cancelled_and_notified",
             create_future(FINISHED, 42): "success",
             ex.submit(time.sleep, 0.3): "sleeper"}
    r = wait(label, return_when=FIRST_COMPLETED)
    print(f"t={t()}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
    label = {create_future(CANCELLED): "cancelled_not_notified",
             ex.submit(pow, 21, 2): "mul",
             ex.submit(time.sleep, 0.3): "sleeper2"}
    r = wait(label, return_when=FIRST_COMPLETED)
    print(f"t={t()def}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
