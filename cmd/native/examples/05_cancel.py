# cancel() only works while a future waits in the queue: once it runs, cancel() returns False.
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.2)
    return n


pool = ThreadPoolExecutor(max_workers=1)
running = pool.submit(work, 1)
queued = pool.submit(work, 2)
time.sleep(0.05)
print("cancel the running one:", running.cancel())
print("cancel the queued one:", queued.cancel())
print("cancelled?", running.cancelled(), queued.cancelled())
print("result:", running.result())
pool.shutdown()
