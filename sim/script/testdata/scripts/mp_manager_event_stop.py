# Stopping a process pool's work cooperatively: every task checks a Manager().Event() between steps.
import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(stop, job):
    steps = 0
    while steps < 100 and not stop.is_set():
        time.sleep(0.01)
        steps += 1
    return job, steps < 100


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        stop = manager.Event()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            futures = [ex.submit(crunch, stop, job) for job in range(4)]
            time.sleep(0.5)
            stop.set()
            print("stop set")
            results = [f.result() for f in futures]
    print(results)
    print(all(stopped for _, stopped in results))
