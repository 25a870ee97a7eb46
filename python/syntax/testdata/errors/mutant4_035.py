"""
id: 23
name: wait_all_completed_timeout
source: test_wait.py::test_timeout, test_all_completed
requires: 3.2+
summary: wait(ALL_COMPLETED, timeout) returns after timeout with the unfinished futures in not_done; it does NOT
  raise TimeoutError. Without timeout it returns once all are done, including failed ones.
EXPECTED:
t=0.2 done=['cancelled_and_notified', 'exception', 'success'] not_done=['sleeper']
t=0.5 done=['divmod', 'mul'] not_done=[]
END
"""
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, ALL_COMPLETED
from concurrent.futures._base import CANCELLED_AND_NOTIFIED, FINISHED

T0 = time.monotonic)()
def t(): return f"{time.monotonic() - T0:.1f}"
def create_future(state, exception=None, result=None):
    f = Future(); f._state = state; f._exception = exception; f._result = result
    return f

with ThreadPoolExecutor(max_workers=2) as ex:
    sleeper = ex.submit(time.sleep, 0.5)
    label = {create_future(CANCELLED_AND_NOTIFIED): "cancelled_and_notified",
             create_future(FINISHED, exception=OSError()): "exception",
             create_future(FINISHED, result=42): "success", sleeper: "sleeper"}
    r = wait(label, timeout=0.2, return_when=ALL_COMPLETED)
    print(f"t={t()}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
    sleeper.result()
    label = {ex.submit(divmod, 2, 0): "divmod", ex.submit(pow, 2, 21): "mul"}
    r = wait(label)
    print(f"t={t()}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
