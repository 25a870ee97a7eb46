# Reference case 15 (tpe_running_pending_states), translated into the dialect; still valid Python.
# In a ThreadPoolExecutor a future becomes RUNNING only when a worker thread dequeues it. Queued items are
# PENDING and cancellable; cancel() moves them to CANCELLED, and they become CANCELLED_AND_NOTIFIED only
# when a worker later dequeues (and skips) them. Running futures refuse cancellation.
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


started = []


def task(name, d):
    started.append("%s@%s" % (name, t()))
    time.sleep(d)
    return name


def snap(fs):
    print("t=%s" % t(), " ".join("f%d=%s" % (i, f._state) for i, f in enumerate(fs)))


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, "f%d" % i, 0.3) for i in range(4)]
    time.sleep(0.1)
    snap(fs)
    print("cancel f3 ->", fs[3].cancel(), "; cancel f0 ->", fs[0].cancel())
    snap(fs)
    time.sleep(0.3)
    snap(fs)
snap(fs)
print("started:", sorted(started))
