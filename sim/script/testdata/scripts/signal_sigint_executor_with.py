# Ctrl-C (here SIGINT from a timer thread) while the main thread waits for a result inside
# `with ThreadPoolExecutor()` or `with ProcessPoolExecutor()`: KeyboardInterrupt comes out of
# result() at once, but the with block's exit calls shutdown(wait=True), which waits for every
# submitted task, running or queued, before the exception goes on. The workers never see the signal
# (os.kill signals one process; a terminal's Ctrl-C would reach the worker processes too).
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def task(n):
    time.sleep(1)
    return n


def run(executor_class):
    global start
    start = time.monotonic()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    futures = []
    try:
        with executor_class(2) as executor:
            futures = [executor.submit(task, n) for n in range(4)]
            print([f.result() for f in futures])
    except KeyboardInterrupt:
        print(executor_class.__name__, "KeyboardInterrupt once shut down, at", elapsed(), flush=True)
    print(" ", [f.result() for f in futures], "cancelled:", [f.cancelled() for f in futures])


if __name__ == "__main__":
    run(ThreadPoolExecutor)
    run(ProcessPoolExecutor)
