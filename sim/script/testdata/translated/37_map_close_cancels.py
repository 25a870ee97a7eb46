# Reference case 37 (map_close_cancels), translated into the dialect; still valid Python (3.11.7+).
# Closing (or dropping) a partially consumed map iterator cancels all futures not yet yielded; on a map
# timeout the future being waited on is cancelled too (3.12+, backported to 3.11/3.10 bugfix releases).
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()); with no try/finally, stop_event is set after the
# timeout, where the reference's finally block sets it. The generator is no longer wrapped in
# contextlib.closing (the dialect has no contextlib; the generator has finished when map raises, so
# closing it did nothing). "del it" (the dialect has no del, nor reference counting) becomes it.close(),
# which is what CPython's finalizer of the dropped generator calls.
# Covered: all expected lines.
# Not covered: none.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


stop_event = threading.Event()
log = []


def log_n_wait(ident):
    log.append("ident=%r started" % ident)
    stop_event.wait()
    log.append("ident=%r stopped" % ident)


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(log_n_wait, ident="first")
    gen = pool.map(log_n_wait, ["second", "third"], timeout=0)
    e = raised(next, gen)
    print("timeout ->", type(e).__name__)
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
    it.close()        # what dropping the generator does: finally: cancel() the rest
print("dropped after one next(): ran=%s (2, 3, 4 cancelled)" % sorted(ran))
