# wait() never raises: it returns (done, not_done) at the moment its return_when says,
# or when its timeout expires.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED


def work(n):
    time.sleep(0.1 * n)
    return 10 // (n - 2)   # n == 2 raises ZeroDivisionError


pool = ThreadPoolExecutor(max_workers=4)
futures = [pool.submit(work, n) for n in [1, 2, 3, 4]]
done, not_done = wait(futures, return_when=FIRST_COMPLETED)
print("FIRST_COMPLETED:", len(done), "done,", len(not_done), "not done")
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
print("FIRST_EXCEPTION:", len(done), "done,", len(not_done), "not done")
done, not_done = wait(futures, timeout=0.05)
print("timeout=0.05:", len(done), "done,", len(not_done), "not done")
done, not_done = wait(futures, return_when=ALL_COMPLETED)
print("ALL_COMPLETED:", len(done), "done,", len(not_done), "not done")
pool.shutdown()
