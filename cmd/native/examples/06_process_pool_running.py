# A ProcessPoolExecutor(max_workers=1) marks a future RUNNING when it enters the call queue,
# which holds max_workers + 1 items: three futures say running() at once, though one executes.
import time
from concurrent.futures import ProcessPoolExecutor


def task(n):
    time.sleep(0.3)
    return n


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1)
    futures = [pool.submit(task, n) for n in range(5)]
    time.sleep(0.4)
    print("running():", [f.running() for f in futures])
    print("cancel() of the third:", futures[2].cancel(), "(it is in the call queue)")
    print("cancel() of the last:", futures[4].cancel(), "(it is still pending)")
    pool.shutdown()
