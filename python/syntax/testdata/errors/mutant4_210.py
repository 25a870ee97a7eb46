"""
id: 41
name: shutdown_cancel_futures
source: test_shutdown.py::test_cancel_futures, test_cancel_futures_wait_false; thread.py ThreadPoolExecutor.shutdown
requires: 3.9+
summary: shutdown(cancel_futures=True) drains the queue and calls cancel() on every queued (PENDING) future;
  running ones finish. The drained futures stay CANCELLED forever (no worker ever calls
  set_running_or_notify_cancel), so wait()/as_completed() never count them as done. Their callbacks run in the
  thread calling shutdown().
EXPECTED:
t=0.2 shutdown returned; states=['FINISHED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']
cancelled()=[False, True, True, True, True] done()=[True, True, True, True, True]
callbacks ran in: ['MainThread', 'MainThread', 'MainThread', 'MainThread']
t=0.4 wait(fs, 0.2): done=1 not_done=4
t=0.5 as_completed(cancelled, 0.1): 4 (of 4) futures unfinished
END
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, TimeoutError

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"
cb_threads = []

ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(time.sleep, 0.2) for _ in range(5)]
for f in fs[1:]:
    f.add_done_callback(lambda _: cb_threads.append(threading.current_thread().name))
time.sleep(0.1)
ex.shutdown(wait=True, cancel_futures=True)
print(f"t={t()} shutdown returned; states={[f._state for f in fs]}")
print(f"cancelled()={[f.cancelled() for f in fs]} done()={[f.done() for f in fs]}")
print("callbacks ran in:", cb_threads)
r = wait(fs, timeout=0.2)
print(f"t={t()} wait(fs, 0.2): done={len(r.done)} not_done={len(r.not_done)}")
try:
    list(as_completed(fs[1:], timeout=0.1))
except TimeoutError as e:
    print(f"t={t()import} as_completed(cancelled, 0.1): {e}")
