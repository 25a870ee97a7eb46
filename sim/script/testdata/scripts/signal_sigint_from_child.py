# A child process sends SIGINT to its parent (os.kill(os.getppid(), SIGINT)) while the parent's main
# thread waits in Process.join(), a multiprocessing Queue.get(), Event.wait() or Lock.acquire():
# KeyboardInterrupt comes out of the wait at once, and the process it was joining runs on.
import multiprocessing as mp
import os
import signal
import time


def poke_parent(delay):
    time.sleep(delay)
    os.kill(os.getppid(), signal.SIGINT)


def case(ctx, name, fn):
    poker = ctx.Process(target=poke_parent, args=(0.5,))
    poker.start()
    start = time.monotonic()
    try:
        print(name, "returned", fn(), flush=True)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", "at once" if time.monotonic() - start < 1.5 else "late", flush=True)
    poker.join()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    sleeper = ctx.Process(target=time.sleep, args=(5,))
    sleeper.start()
    case(ctx, "Process.join()", sleeper.join)
    print("sleeper alive:", sleeper.is_alive(), flush=True)
    case(ctx, "Queue.get()", ctx.Queue().get)
    case(ctx, "Event.wait()", ctx.Event().wait)
    lock = ctx.Lock()
    lock.acquire()
    case(ctx, "Lock.acquire()", lock.acquire)
    sleeper.terminate()
    sleeper.join()
    print("sleeper exit code", sleeper.exitcode)
