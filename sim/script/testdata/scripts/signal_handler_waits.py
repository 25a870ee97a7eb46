# A signal handler set with signal.signal runs in the main thread in the middle of a blocking wait
# (the signal sent by another thread), and when it returns the wait goes on (PEP 475): for the time
# left of its timeout, or until what it waits for comes.
import os
import queue
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

start = time.monotonic()


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def on_usr1(signum, frame):
    print("  handler:", signal.Signals(signum).name, "at", elapsed(), flush=True)


signal.signal(signal.SIGUSR1, on_usr1)


def case(name, fn, then=None):
    global start
    start = time.monotonic()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGUSR1)).start()
    if then:
        threading.Timer(1.0, then).start()
    try:
        print(name, "returned", fn(), elapsed(), flush=True)
    except Exception as e:
        print(name, type(e).__name__, elapsed(), flush=True)


lock = threading.Lock()
lock.acquire()
case("Lock.acquire(timeout=1.5)", lambda: lock.acquire(timeout=1.5))
case("Lock.acquire()", lambda: lock.acquire(), then=lock.release)
event = threading.Event()
case("Event.wait(1.5)", lambda: event.wait(1.5))
case("Event.wait()", lambda: event.wait(), then=event.set)
cond = threading.Condition()


def cond_wait(timeout=None):
    with cond:
        return cond.wait(timeout)


def notify():
    with cond:
        cond.notify()


case("Condition.wait(1.5)", lambda: cond_wait(1.5))
case("Condition.wait()", cond_wait, then=notify)
q = queue.Queue()
case("Queue.get(timeout=1.5)", lambda: q.get(timeout=1.5))
case("Queue.get()", lambda: q.get(), then=lambda: q.put("item"))
sq = queue.SimpleQueue()
case("SimpleQueue.get()", lambda: sq.get(), then=lambda: sq.put("item"))
with ThreadPoolExecutor(2) as executor:
    f = executor.submit(time.sleep, 2)
    case("Future.result(timeout=1.5)", lambda: f.result(timeout=1.5))
    f = executor.submit(time.sleep, 1.5)
    case("Future.result()", lambda: f.result())
    f = executor.submit(time.sleep, 1.5)
    case("wait()", lambda: len(wait([f]).done))
    f = executor.submit(time.sleep, 1.5)
    case("as_completed()", lambda: len(list(as_completed([f]))))
    f = executor.submit(time.sleep, 2)
    case("as_completed(timeout=1.5)", lambda: len(list(as_completed([f], timeout=1.5))))
print("all", elapsed())
