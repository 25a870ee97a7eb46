# multiprocessing.RLock: its owner may take it again; Value's get_lock() is one.
import multiprocessing as mp
import threading


def deposit(balance, amount, times):
    for _ in range(times):
        with balance.get_lock():
            with balance.get_lock():  # taken again by its owner: no deadlock
                balance.value += amount


def release_elsewhere(r):
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError", e)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    r = ctx.RLock()
    print(repr(r))
    r.acquire()
    r.acquire()
    print(repr(r))
    t = threading.Thread(target=release_elsewhere, args=(r,))
    t.start()
    t.join()
    r.release()
    r.release()
    print(repr(r), r.acquire(False))
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError", e)
    balance = ctx.Value("i", 0)
    print(repr(balance.get_lock()), type(balance.get_lock()).__name__)
    procs = [ctx.Process(target=deposit, args=(balance, 5, 100)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(balance.value)
