"""
id: 47
name: ppe_running_quirk
source: process.py (EXTRA_QUEUED_CALLS = 1, call queue size max_workers + 1,
  _ExecutorManagerThread.add_call_item_to_queue calls set_running_or_notify_cancel when moving an item INTO the
  call queue); test_shutdown.py::test_cancel_futures
requires: 3.9+
summary: ProcessPoolExecutor(max_workers=1): a future is marked RUNNING when the manager thread moves it into the
  call queue, not when a worker starts it. With one task executing and two in the call queue, three futures
  report running() == True and cannot be cancelled although two have not started. shutdown(cancel_futures=True)
  therefore only cancels futures not yet in the call queue. Actual start times come from the worker.
EXPECTED:
t=0.3 f0=RUNNING f1=RUNNING f2=RUNNING f3=PENDING f4=PENDING
running() count: 3
cancel(f2) -> False (not started yet)
t=0.7 f0=FINISHED f1=RUNNING f2=RUNNING f3=RUNNING f4=PENDING
t=2.0 after shutdown(cancel_futures=True): f0=FINISHED f1=FINISHED f2=FINISHED f3=FINISHED f4=CANCELLED
real start times: f0@0.0 f1@0.5 f2@1.0 f3@1.5
END
"""
import time
from concurrent.futures import ProcessPoolExecutor

def task(i, d, epoch):
    start = time.time() - epoch
    time.sleep(d)
    return f"f{i}@{start:.1f}"

def snap(label, fs):
    print(label, " ".join(f"f{i}={f._state}" for i, f in enumerate(fs)))

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    ex.submit(int).result()             # warm-up: the worker process exists and idles on the call queue
    T0 = time.monotonic(); epoch = time.time()
    t = lambda: f"{ {time.monotonic() - T0:.1f}"
    fs = []
    for i in range(5):
        fs.append(ex.submit(task, i, 0.5, epoch))
        time.sleep(0.05)
    time.sleep(0.3 - (time.monotonic() - T0))
    snap(f"t={t()}", fs)
    print("running() count:", sum(f.running() for f in fs))
    print("cancel(f2) ->", fs[2].cancel(), "(not started yet)")
    time.sleep(0.7 - (time.monotonic() - T0))
    snap(f"t={t()}", fs)
    ex.shutdown(wait=True, cancel_futures=True)
    snap(f"t={t()} after shutdown(cancel_futures=True):", fs)
    print("real start times:", " ".join(f.result() for f in fs if not f.cancelled()))
