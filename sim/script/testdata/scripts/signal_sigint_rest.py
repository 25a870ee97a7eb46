# SIGINT sent by another thread (a threading.Timer calling os.kill, as Ctrl-C would) while the main
# thread waits for an Executor.map's results, a multiprocessing.Pool's (map, imap, apply_async's
# get), a Pipe's recv or an executor's shutdown: each wait is cut short and KeyboardInterrupt comes
# out of it at once, on CPython 3.11 as on 3.13.
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def slow(n):
    time.sleep(1.5)
    return n


def case(name, fn):
    global start
    start = time.monotonic()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        print(name, "returned", fn(), elapsed(), flush=True)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", elapsed(), flush=True)


def shutdown(executor_class):
    executor = executor_class(1)
    executor.submit(slow, 1)
    executor.shutdown()


if __name__ == "__main__":
    with ThreadPoolExecutor(2) as executor:
        case("ThreadPoolExecutor.map", lambda: list(executor.map(slow, [1, 2])))
    with ProcessPoolExecutor(2) as executor:
        case("ProcessPoolExecutor.map", lambda: list(executor.map(slow, [1, 2])))
    with multiprocessing.Pool(2) as pool:
        case("Pool.map", lambda: pool.map(slow, [1, 2]))
        case("Pool.imap", lambda: list(pool.imap(slow, [1, 2])))
        case("Pool.apply_async.get", lambda: pool.apply_async(slow, (1,)).get())
        time.sleep(1.5)
    here, there = multiprocessing.Pipe()
    case("Pipe.recv", lambda: here.recv())
    case("ThreadPoolExecutor.shutdown", lambda: shutdown(ThreadPoolExecutor))
    case("ProcessPoolExecutor.shutdown", lambda: shutdown(ProcessPoolExecutor))
    time.sleep(1.5)
    print("all done")
