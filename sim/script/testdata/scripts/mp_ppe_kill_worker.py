# os.kill of a pool worker with SIGKILL or SIGTERM: a killed worker gives BrokenProcessPool.
import os
import signal
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def pid_then_sleep(seconds):
    time.sleep(seconds)
    return os.getpid()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    for sig in (signal.SIGKILL, signal.SIGTERM):
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
            pid = ex.submit(pid_then_sleep, 0).result()
            long = ex.submit(pid_then_sleep, 5)
            time.sleep(0.5)
            os.kill(pid, sig)
            try:
                long.result()
            except BrokenProcessPool as e:
                print(sig.name, "->", e)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError as e:
        print(type(e).__name__, e.errno)
