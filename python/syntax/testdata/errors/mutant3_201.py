"""
id: 37
name: map_close_cancels
source: test_thread_pool.py::test_executor_map_current_future_cancel (gh-95166); gh-136578
requires: 3.11+
summary: Closing (or dropping) a partially consumed map iterator cancels all futures not yet yielded; on a
  map timeout the future being waited on is cancelled too (3.12+, backported to 3.11/3.10 bugfix releases).
  An iterator that was never advanced does NOT cancel anything when dropped (the generator body never started).
EXPECTED:
timeout -> TimeoutError
log: ["ident='first' started", "ident='first' stopped"]
dropped after one next(): ran=[0, 1] (2, 3, 4 cancelled)
END
import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor

stop_event = threading.Event()
log = []
def log_n_wait(ident):
    log.append(f"{ident=} started")
    try:
        stop_event.wait()
    finally:
        log.append(f"{ident=} stopped")

with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(log_n_wait, ident="first")
    try:
        with contextlib.closing(pool.map(log_n_wait, ["second", "third"], timeout=0)) as gen:
            try:
                next(gen)
            except TimeoutError:
                print("timeout -> TimeoutError")
    finally:
        stop_event.set()
    fut.result()
print("log:", log)

ran = []
def job(i):
    ran.append(i)
    time.sleep(0.1)
    return i
with ThreadPoolExecutor(max_workers=1) as pool:
    it = pool.map(job, range(5))
    next(it)          # item 0 done, item 1 now running
    del it            # generator finalised -> finally: cancel() the rest
print(f"dropped after one next(): ran={sorted(ran)} (2, 3, 4 cancelled)")
