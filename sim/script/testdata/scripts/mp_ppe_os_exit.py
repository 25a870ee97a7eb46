# A pool worker that calls os._exit dies at once: the pool breaks and every pending future fails.
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import multiprocessing as mp


def work(x):
    if x == 2:
        os._exit(1)
    time.sleep(0.2)
    return x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("spawn"))
    futures = [ex.submit(work, x) for x in range(5)]
    outcomes = []
    for f in futures:
        try:
            outcomes.append(f.result())
        except BrokenProcessPool as e:
            outcomes.append(type(e).__name__)
    print(outcomes.count("BrokenProcessPool") > 0, outcomes[2])
    try:
        ex.submit(work, 9)
    except BrokenProcessPool as e:
        print("submit:", e)
    ex.shutdown()
