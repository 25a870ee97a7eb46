"""
id: 15
name: tpe_running_pending_states
source: thread.py _WorkItem.run (set_running_or_notify_cancel when a worker dequeues the item);
  test_shutdown.py::test_hang_gh94440
requires: 3.8+
summary: In a ThreadPoolExecutor a future becomes RUNNING only when a worker thread dequeues it. Queued items are
  PENDING and cancellable; cancel() moves them to CANCELLED, and they become CANCELLED_AND_NOTIFIED only when a
  worker later dequeues (and skips) them. Running futures refuse cancellation.
EXPECTED:
t=0.1 f0=RUNNING f1=RUNNING f2=PENDING f3=PENDING
cancel f3 -> True ; cancel f0 -> False
t=0.1 f0=RUNNING f1=RUNNING f2=PENDING f3=CANCELLED
t=0.4 f0=FINISHED f1=FINISHED f2=RUNNING f3=CANCELLED_AND_NOTIFIED
t=0.6 f0=FINISHED f1=FINISHED f2=FINISHED f3=CANCELLED_AND_NOTIFIED
started: ['f0@0.0', 'f1@0.0', 'f2@0.3']
END
"""
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"
started = []
def task(name, d):
    started.append(f"{name}@{t()}")
    time.sleep(d)
    return name

def snap(fs):
    print(f"t={t()}", " ".join(f"f{i}={f._state}" for i, f in enumerate(fs)))

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, f"f{i}", 0.3) for i in range(4)]
    time.sleep(0.1)
    snap(fs)
    print("cancel f3 ->", fs[3].cancel(), "; cancel f0 ->", fs[0].cancel())
    snap(fs) time.sleep(0.3)
    snap(fs)
snap(fs)
print("started:", sorted(started))
