# Reference case 39 (shutdown_wait_true), translated into the dialect; still valid Python.
# shutdown(wait=True) blocks until every already-submitted future (running AND queued) has finished and
# the worker threads have exited; it is idempotent.
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(time.sleep, 0.2) for _ in range(3)]
ex.shutdown(wait=True)
print("t=%s shutdown returned; states=%s" % (t(), [f._state for f in fs]))
print("threads alive after shutdown:", sum(th.is_alive() for th in ex._threads))
ex.shutdown()
print("second shutdown ok at t=%s" % t())
