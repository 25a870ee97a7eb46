# close, then join waits for the queued work; join on a running pool is an error; a closed pool refuses work.
import multiprocessing as mp
import time


def work(x):
    time.sleep(0.1)
    return x * 2


if __name__ == "__main__":
    pool = mp.get_context("spawn").Pool(2)
    results = [pool.apply_async(work, (i,)) for i in range(4)]
    try:
        pool.join()
    except ValueError as e:
        print(e)
    pool.close()
    try:
        pool.apply_async(work, (9,))
    except ValueError as e:
        print(e)
    pool.join()
    print([r.get() for r in results], all(r.ready() for r in results))
    print(repr(pool))
