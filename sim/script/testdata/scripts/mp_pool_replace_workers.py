# multiprocessing.Pool replaces a worker that died, as CPython's _maintain_pool does: one that called
# os._exit, one killed with SIGKILL while it ran a task, and each worker that has run maxtasksperchild
# tasks. The task a dead worker was running is lost (its result never comes: get with a timeout raises
# TimeoutError); the other tasks go on in the remaining and new workers.
import multiprocessing as mp
import os
import signal
import time


def work(n):
    time.sleep(0.1)
    return n * n


def name(_):
    time.sleep(0.05)
    return mp.current_process().name


def kill_self():
    # Killed while it runs a task. (An idle worker killed may hold the task queue's read lock, and
    # then CPython's pool hangs: the simulator does not model that lock.)
    os.kill(os.getpid(), signal.SIGKILL)


def die(code):
    os._exit(code)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        print(pool.map(work, range(4)))
        lost = pool.apply_async(die, (3,))
        try:
            lost.get(timeout=1)
        except mp.TimeoutError:
            print("the task died with its worker: TimeoutError", lost.ready())
        print(pool.map(work, range(6)))
        names = set(pool.map(name, range(8), chunksize=1))
        print(len(names), "SpawnPoolWorker-3" in names)

        lost = pool.apply_async(kill_self)
        try:
            lost.get(timeout=1)
        except mp.TimeoutError:
            print("the task died with its worker: TimeoutError", lost.ready())
        print(pool.map(work, range(4)), len(set(pool.map(name, range(8), chunksize=1))))

    with ctx.Pool(1, maxtasksperchild=2) as pool:
        names = pool.map(name, range(6), chunksize=1)
        print([sorted(set(names), key=names.index).index(n) for n in names])
    with ctx.Pool(2, maxtasksperchild=1) as pool:
        print(len(set(pool.map(name, range(4), chunksize=1))))
