# imap yields in order as results arrive; imap_unordered in the order tasks finish.
import multiprocessing as mp
import time


def slow_echo(x):
    time.sleep(x / 10)
    return x


if __name__ == "__main__":
    with mp.get_context("spawn").Pool(4) as pool:
        for x in pool.imap(slow_echo, [3, 1, 2]):
            print("imap", x)
        print(list(pool.imap_unordered(slow_echo, [6, 1, 3])))
        it = pool.imap(slow_echo, [5])
        try:
            it.next(timeout=0.1)
        except mp.TimeoutError:
            print("imap timeout")
        print(it.next(timeout=5))
        print(sorted(pool.imap_unordered(slow_echo, range(6), chunksize=2)))
