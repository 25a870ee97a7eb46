# A multiprocessing.Semaphore lets two of four processes work at a time; a Manager's too.
import multiprocessing as mp
import pickle
import time


def limited(sem, log, n):
    with sem:
        log.append(("start", n))
        time.sleep(0.5)  # long enough that the four processes, started about together, overlap
        log.append(("end", n))


def most_at_once(events):
    running = peak = 0
    for kind, _ in events:
        running += 1 if kind == "start" else -1
        peak = max(peak, running)
    return peak


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        for sem in (ctx.Semaphore(2), manager.Semaphore(2)):
            log = manager.list()
            procs = [ctx.Process(target=limited, args=(sem, log, n)) for n in range(4)]
            for p in procs:
                p.start()
            for p in procs:
                p.join()
            print(type(sem).__name__, len(log), "at most", most_at_once(list(log)), "at once")
    s = ctx.Semaphore(2)
    print(repr(s), s.get_value(), s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
    s.release()
    print(s.get_value())
    b = ctx.BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    for obj in (s, b):
        try:
            pickle.dumps(obj)
        except RuntimeError as e:
            print("RuntimeError", e)
