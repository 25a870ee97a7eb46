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
            names = pool.map(who, range(3), chunksize=1)
            # which worker takes which task is a race in CPython: only the names' kind is printed
            print(method, sorted({name.rsplit("-", 1)[0] for name in names}), len(names))
    print(mp.current_process().name)
