import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.1 * n)
    if n % 2:
        raise RuntimeError("task %d failed" % n)
    return n


def report(f):
    e = f.exception()
    if e is None:
        print("done:", f.result())
    else:
        print("failed:", repr(e))


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in range(1, 4):
        pool.submit(work, n).add_done_callback(report)
print("all done")
