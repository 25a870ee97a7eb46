# terminate stops the workers at once, even mid-task; the with statement terminates on exit.
import multiprocessing as mp
import time


def nap(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    pool = mp.get_context("spawn").Pool(2)
    print(pool.map(nap, [0.1, 0.1]))
    r = pool.apply_async(nap, (5,))
    time.sleep(0.3)
    start = time.monotonic()
    pool.terminate()
    pool.join()
    print("terminated in under a second:", time.monotonic() - start < 1, r.ready())
    with mp.get_context("spawn").Pool(2) as pool:
        print(pool.map(nap, [0.2, 0.1, 0.0]))
    print(repr(pool))
