# The pool's workers: every one is started with the pool, each named as CPython names a Pool's.
import multiprocessing as mp
import time


def who(_):
    time.sleep(0.2)
    return mp.current_process().name


if __name__ == "__main__":
    for method in ("spawn", "fork"):
        ctx = mp.get_context(method)
        with ctx.Pool(3) as pool:
            print(method, sorted(set(pool.map(who, range(3), chunksize=1))))
    print(mp.current_process().name)
