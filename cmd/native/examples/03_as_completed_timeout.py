# as_completed() yields futures as they finish. Its timeout counts from the first next():
# when it expires it raises TimeoutError: N (of M) futures unfinished.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def work(n):
    time.sleep(0.1 * n)
    return n


pool = ThreadPoolExecutor(max_workers=4)
futures = [pool.submit(work, n) for n in [1, 4, 2, 5]]
for f in as_completed(futures, timeout=0.25):
    print("finished:", f.result())
print("never printed: the timeout fires first")
