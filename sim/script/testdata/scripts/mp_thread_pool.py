# multiprocessing.pool.ThreadPool: Pool's interface over threads, for I/O-bound work.
import time
from multiprocessing.pool import ThreadPool


def fetch(n):
    time.sleep(0.1 * n)
    return n * 10


def boom(_):
    raise KeyError("missing")


if __name__ == "__main__":
    start = time.monotonic()
    with ThreadPool(4) as pool:
        print(pool.map(fetch, [1, 2, 3, 4]))
        print("four sleeps at once, in under 0.6 s:", time.monotonic() - start < 0.6)
        print(sorted(pool.imap_unordered(fetch, [3, 1, 2])))
        r = pool.apply_async(fetch, (2,))
        print(r.get(timeout=1), r.successful())
        print(pool.starmap(pow, [(2, 5), (3, 2)]))
        try:
            pool.map(boom, [1])
        except KeyError as e:
            print("KeyError", e)
        items = [lambda: 1]
        print(pool.map(lambda f: f(), items))
    print(repr(pool).split(".")[-1])
    pool = ThreadPool(2)
    results = [pool.apply_async(fetch, (i,)) for i in range(3)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
