# Reference case 51 (ppe_max_tasks_per_child), translated into the dialect; still valid Python (3.11+).
# cpython: >=3.11
# max_tasks_per_child=n makes a worker exit after n tasks; a fresh process replaces it. Without an
# explicit mp_context the executor then uses "spawn"; with a "fork" context it is a ValueError.
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()).
# Covered: "pids: [A, A, B, B]", "ValueError: max_tasks_per_child must be >= 1".
# Not covered: "start method: spawn" and "ValueError: max_tasks_per_child is incompatible with the 'fork'
# multiprocessing start method; ...": the dialect has no multiprocessing module (no start methods, no
# mp_context) and its executors no _mp_context.
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(os.getpid).result() for _ in range(4)]
    names = {}
    for p in pids:
        if p not in names:
            names[p] = "ABCD"[len(names)]
    print("pids: [" + ", ".join(names[p] for p in pids) + "]")
    e = raised(ProcessPoolExecutor, 1, max_tasks_per_child=0)
    print("%s: %s" % (type(e).__name__, e))
