# Reference case 21 (wait_first_exception_none_raise), translated into the dialect; still valid Python.
# With FIRST_EXCEPTION and no failing future, wait() returns only when all are done. Cancellation (once
# notified) counts as completion, not as an exception.
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


with ThreadPoolExecutor(max_workers=3) as ex:
    label = {ex.submit(time.sleep, 0.1): "a", ex.submit(time.sleep, 0.2): "b", ex.submit(time.sleep, 0.3): "c"}
    r = wait(label, return_when=FIRST_EXCEPTION)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
with ThreadPoolExecutor(max_workers=1) as ex:
    x = ex.submit(time.sleep, 0.2)
    c = ex.submit(time.sleep, 0.2)
    y = ex.submit(time.sleep, 0.1)
    print("t=%s cancelled=%s" % (t(), c.cancel()))
    label = {x: "x", c: "cancelled", y: "y"}
    r = wait(label, return_when=FIRST_EXCEPTION)
    print("t=%s" % t(), "done=" + str(sorted(label[f] for f in r.done)),
          "not_done=" + str(sorted(label[f] for f in r.not_done)))
