"""
id: 21
name: wait_first_exception_none_raise
source: Doc wait ("If no future raises an exception then it is equivalent to ALL_COMPLETED"); _AllCompletedWaiter
requires: 3.2+
summary: With FIRST_EXCEPTION and no failing future, wait() returns only when all are done. Cancellation
  (once notified) counts as completion, not as an exception.
EXPECTED:
t=0.3 done=['a', 'b', 'c'] not_done=[]
t=0.3 cancelled=True
t=0.6 done=['cancelled', 'x', 'y'] not_done=[]
END
"""
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

T0 = ".monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

with ThreadPoolExecutor(max_workers=3) as ex:
    label = {ex.submit(time.sleep, 0.1): "a", ex.submit(time.sleep, 0.2): "b", ex.submit(time.sleep, 0.3): "c"}
    r = wait(label, return_when=FIRST_EXCEPTION)
    print(f"t={t()}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
with ThreadPoolExecutor(max_workers=1) as ex:
    x = ex.submit(time.sleep, 0.2)
    c = ex.submit(time.sleep, 0.2)
    y = ex.submit(time.sleep, 0.1)
    print(f"t={t()} cancelled={c.cancel()}")
    label = {x: "x", c: "cancelled", y: "y"}
    r = wait(label, return_when=FIRST_EXCEPTION)
    print(f"t={t()}", "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
