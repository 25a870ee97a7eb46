# Reference case 47 (ppe_running_quirk), translated into the dialect; still valid Python.
# ProcessPoolExecutor(max_workers=1): a future is marked RUNNING when the manager thread moves it into the
# call queue (size max_workers + 1), not when a worker starts it. With one task executing and two in the
# call queue, three futures report running() == True and cannot be cancelled although two have not
# started. shutdown(cancel_futures=True) therefore only cancels futures not yet in the call queue. Actual
# start times come from the worker.
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ProcessPoolExecutor


def task(i, d, epoch):
    start = time.time() - epoch
    time.sleep(d)
    return "f%d@%.1f" % (i, start)


def snap(label, fs):
    print(label, " ".join("f%d=%s" % (i, f._state) for i, f in enumerate(fs)))


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    ex.submit(int).result()             # warm-up: the worker process exists and idles on the call queue
    T0 = time.monotonic()
    epoch = time.time()
    t = lambda: "%.1f" % (time.monotonic() - T0)
    fs = []
    for i in range(5):
        fs.append(ex.submit(task, i, 0.5, epoch))
        time.sleep(0.05)
    time.sleep(0.3 - (time.monotonic() - T0))
    snap("t=%s" % t(), fs)
    print("running() count:", sum(f.running() for f in fs))
    print("cancel(f2) ->", fs[2].cancel(), "(not started yet)")
    time.sleep(0.7 - (time.monotonic() - T0))
    snap("t=%s" % t(), fs)
    ex.shutdown(wait=True, cancel_futures=True)
    snap("t=%s after shutdown(cancel_futures=True):" % t(), fs)
    print("real start times:", " ".join(f.result() for f in fs if not f.cancelled()))
