# SIGINT from a timer thread cuts Semaphore.acquire and Barrier.wait short with KeyboardInterrupt.
# The barrier is not broken by it: the interrupted thread just leaves (n_waiting goes back to 0), and
# the next two arrivals pass it.
import os
import signal
import threading
import time


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def case(name, fn):
    global start
    start = time.monotonic()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        print(name, "returned", fn(), elapsed(), flush=True)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", elapsed(), flush=True)


semaphore = threading.Semaphore(0)
case("Semaphore.acquire()", semaphore.acquire)
case("Semaphore.acquire(timeout=1.5)", lambda: semaphore.acquire(timeout=1.5))
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
case("BoundedSemaphore.acquire()", bounded.acquire)
barrier = threading.Barrier(2)
case("Barrier.wait()", barrier.wait)
print("broken:", barrier.broken, "n_waiting:", barrier.n_waiting)
indexes = {}
other = threading.Thread(target=lambda: indexes.update(other=barrier.wait()))
other.start()
time.sleep(0.1)
indexes["main"] = barrier.wait()
other.join()
print("both passed:", sorted(indexes.items()))
