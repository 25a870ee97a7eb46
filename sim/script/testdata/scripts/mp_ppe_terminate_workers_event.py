# Two ways to stop a pool's running work: an Event the tasks check (they finish cleanly), or
# killing the workers (the futures fail).
import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor


def loop(stop, n):
    rounds = 0
    while not stop.is_set():
        time.sleep(0.05)
        rounds += 1
    return n, rounds > 0


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    manager = ctx.Manager()
    stop = manager.Event()
    ex = ProcessPoolExecutor(max_workers=3, mp_context=ctx)
    fs = [ex.submit(loop, stop, n) for n in range(3)]
    time.sleep(3)
    print([f.running() for f in fs])
    stop.set()
    print([f.result() for f in fs])
    ex.shutdown()
    manager.shutdown()
