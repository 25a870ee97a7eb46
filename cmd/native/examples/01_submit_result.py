# submit() returns a Future at once; result() blocks until the call is done.
# Two workers, three tasks: the third waits in the queue (PENDING) until a worker is free.
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.1 * n)
    return n * n


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(work, n) for n in [3, 1, 2]]
print("submitted; running:", [f.running() for f in futures])
for f in futures:
    print("result:", f.result())   # in submission order, even though f2 finishes first
pool.shutdown()
