# A Manager and a pool left open at the end of the script: the pool's tasks finish first, then the
# manager stops, as CPython's exit handlers do it.
import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor


def record(shared, n):
    time.sleep(0.2)
    shared.append(n)
    return n


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    manager = ctx.Manager()
    shared = manager.list()
    pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [pool.submit(record, shared, n) for n in range(4)]
    futures[-1].add_done_callback(lambda f: print("last task done", f.result(), flush=True))
    futures[0].add_done_callback(lambda f: print("manager still serves:", len(shared) > 0, flush=True))
    print("main module ends")
