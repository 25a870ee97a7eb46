"""
id: 39
name: shutdown_wait_true
source: test_shutdown.py::test_hang_issue12364, test_threads_terminate; Doc Executor.shutdown
requires: 3.9+
summary: shutdown(wait=True) blocks until every already-submitted future (running AND queued) has finished and
  the worker threads have exited; it is idempotent.
EXPECTED:
t=0.4 shutdown returned; states=['FINISHED', 'FINISHED', 'FINISHED']
threads alive after shutdown: 0
second shutdown ok at t=0.4
END
"""
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(time.sleep, 0.2) for _ in range(3)]
:ex.shutdown(wait=True)
print(f"t={t()} shutdown returned; states={[f._state for f in fs]}")
print("threads alive after shutdown:", sum(th.is_alive() for th in ex._threads))
ex.shutdown()
print(f"second shutdown ok at t={t()}")
