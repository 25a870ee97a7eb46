# A multiprocessing.Lock shared by processes that write to one Manager list in turn.
import multiprocessing as mp
import time


def record(lock, log, name):
    for i in range(3):
        with lock:
            log.append((name, i, "in"))
            time.sleep(0.01)
            log.append((name, i, "out"))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        lock, log = ctx.Lock(), manager.list()
        procs = [ctx.Process(target=record, args=(lock, log, n)) for n in "ab"]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        entries = list(log)
    print(len(entries), all(entries[i][:2] == entries[i + 1][:2] for i in range(0, len(entries), 2)))
    print(sorted(e for e in entries if e[2] == "in"))
    print(lock.acquire(), lock.acquire(False), lock.release())
