# Reference case 45 (thread_lazy_saturation_defaults), translated into the dialect; still valid Python.
# No thread exists until the first submit; each submit that finds no idle worker starts one, up to
# max_workers. Defaults: ThreadPoolExecutor max_workers = min(32, (os.cpu_count() or 1) + 4) (3.13+:
# os.process_cpu_count()); ProcessPoolExecutor = os.cpu_count() (3.13+: process_cpu_count()). Invalid
# arguments raise at construction.
#
# The dialect has no threading.Semaphore: the 60 blocking tasks wait on an Event instead, set once the
# threads were counted. The dialect cannot catch exceptions, so raised() runs the call in a one-thread
# pool and returns what it raised: the pool's future keeps it (f.exception()).
# Covered: all expected lines.
# Not covered: none.
import os
import threading
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


cpus = (os.process_cpu_count() if hasattr(os, "process_cpu_count") else os.cpu_count()) or 1
if __name__ == "__main__":
    ex = ThreadPoolExecutor(4)
    print("threads before submit:", len(ex._threads))
    go = threading.Event()
    for _ in range(15 * 4):
        ex.submit(go.wait)
    print("threads after 60 blocking submits:", len(ex._threads))
    go.set()
    ex.shutdown()
    print("TPE default == min(32, cpus + 4):", ThreadPoolExecutor()._max_workers == min(32, cpus + 4))
    p = ProcessPoolExecutor()
    print("PPE default == cpus:", p._max_workers == cpus)
    p.shutdown()
    for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
        e = raised(ThreadPoolExecutor, **kwargs)
        print("%s: %s" % (type(e).__name__, e))
