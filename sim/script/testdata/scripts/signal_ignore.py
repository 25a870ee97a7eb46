# A pool worker that ignores SIGTERM is not stopped by it; SIGKILL cannot be ignored.
import os
import signal
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def ignore_term():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def nap(seconds):
    time.sleep(seconds)
    return os.getpid()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=ignore_term) as ex:
        pid = ex.submit(nap, 0).result()
        f = ex.submit(nap, 0.5)
        time.sleep(0.1)
        os.kill(pid, signal.SIGTERM)
        print("survived SIGTERM:", f.result() == pid)
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT))
    os.kill(os.getpid(), signal.SIGINT)
    print("SIGINT ignored")
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        signal.signal(signal.SIGKILL, signal.SIG_IGN)
    except OSError as e:
        print("OSError", e)
    try:
        signal.signal(99, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError", e)
