# A done-callback runs in the thread that completes the future, in completion order,
# not in the order the futures were submitted.
import time
import threading
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.1 * n)
    return n


def report(f):
    print("callback for", f.result(), "runs in", threading.current_thread().name)


pool = ThreadPoolExecutor(max_workers=3)
for n in [3, 1, 2]:
    pool.submit(work, n).add_done_callback(report)
pool.shutdown(wait=True)
print("all done")
