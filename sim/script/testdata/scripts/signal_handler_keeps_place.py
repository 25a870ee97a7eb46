# A signal's handler that returns while it has cut a Condition.wait short: the waiting thread keeps
# its place in the condition's queue, so a notify sent while the handler runs goes to it, not to the
# thread that began to wait after it; it wakes when the handler returns. The same with a Queue's
# get. Same on CPython 3.11 and 3.13.
import os, queue, signal, threading, time

t0 = time.monotonic()


def now():
    return "%.1f" % (time.monotonic() - t0)


def handler(signum, frame):
    print(now(), "handler starts")
    time.sleep(1)
    print(now(), "handler returns")


signal.signal(signal.SIGINT, handler)

cond = threading.Condition()


def second_waiter():
    time.sleep(0.2)
    with cond:
        woke = cond.wait()
        print(now(), "second: woke", woke)


def notifier():
    for delay in (1.5, 1.5):
        time.sleep(delay)
        with cond:
            print(now(), "notify")
            cond.notify()


threads = [threading.Thread(target=second_waiter), threading.Thread(target=notifier)]
for t in threads:
    t.start()
threading.Timer(1, os.kill, (os.getpid(), signal.SIGINT)).start()
with cond:
    woke = cond.wait(timeout=10)
    print(now(), "main: woke", woke)
for t in threads:
    t.join()

t0 = time.monotonic()
q = queue.Queue()


def second_getter():
    time.sleep(0.2)
    item = q.get()
    print(now(), "second: got", item)


def putter():
    for item in ("first", "second"):
        time.sleep(1.5)
        print(now(), "put", item)
        q.put(item)


threads = [threading.Thread(target=second_getter), threading.Thread(target=putter)]
for t in threads:
    t.start()
threading.Timer(1, os.kill, (os.getpid(), signal.SIGINT)).start()
item = q.get()
print(now(), "main: got", item)
for t in threads:
    t.join()
