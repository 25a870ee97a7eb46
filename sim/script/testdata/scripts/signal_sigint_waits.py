# SIGINT sent by another thread (a threading.Timer calling os.kill, as Ctrl-C would) while the main
# thread is blocked: every blocking wait is cut short, KeyboardInterrupt comes out of it at once, and
# the wait's own cleanup runs (a Condition.wait takes its lock back, so the with block releases it).
import os
import queue
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

start = time.monotonic()


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def interrupt_in(delay):
    threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT)).start()


def case(name, fn):
    global start
    start = time.monotonic()
    interrupt_in(0.5)
    try:
        print(name, "returned", fn(), elapsed(), flush=True)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", elapsed(), flush=True)


lock = threading.Lock()
lock.acquire()
case("Lock.acquire()", lambda: lock.acquire())
case("Lock.acquire(timeout=1.5)", lambda: lock.acquire(timeout=1.5))
rlock = threading.RLock()
holder = threading.Thread(target=lambda: (rlock.acquire(), time.sleep(2), rlock.release()))
holder.start()
case("RLock.acquire()", lambda: rlock.acquire())
holder.join()
event = threading.Event()
case("Event.wait()", lambda: event.wait())
case("Event.wait(1.5)", lambda: event.wait(1.5))
cond_lock = threading.Lock()
cond = threading.Condition(cond_lock)


def cond_wait():
    with cond:
        try:
            return cond.wait()
        finally:
            print("  finally: the lock is held again:", cond_lock.locked())


case("Condition.wait()", cond_wait)
q = queue.Queue()
case("Queue.get()", lambda: q.get())
case("Queue.get(timeout=1.5)", lambda: q.get(timeout=1.5))
full = queue.Queue(1)
full.put(1)
case("Queue.put(2)", lambda: full.put(2))
case("SimpleQueue.get()", lambda: queue.SimpleQueue().get())
with ThreadPoolExecutor(2) as executor:
    f = executor.submit(time.sleep, 1.5)
    case("Future.result()", lambda: f.result())
    f = executor.submit(time.sleep, 1.5)
    case("Future.exception()", lambda: f.exception())
    f = executor.submit(time.sleep, 1.5)
    case("wait()", lambda: len(wait([f]).done))
    f = executor.submit(time.sleep, 1.5)
    case("as_completed()", lambda: list(as_completed([f])))
print("all", elapsed())
