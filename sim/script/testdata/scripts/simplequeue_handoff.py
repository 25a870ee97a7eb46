# queue.SimpleQueue hands each put item to the getter that has waited longest (CPython 3.13's _queue):
# three consumers block in get, then the main thread puts three items without letting go of the GIL,
# and each consumer gets one, in the order they began to wait. A thread that comes to get after a put
# cannot take the item handed to a waiter, only what is still queued.
import queue
import sys
import threading
import time

q = queue.SimpleQueue()


def handoff():
    got = []

    def consumer(name):
        item = q.get()
        got.append((name, item))

    threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
    for t in threads:
        t.start()
        time.sleep(0.01)
    for i in range(3):
        q.put(i)
    for t in threads:
        t.join()
    print(sorted(got), q.empty(), q.qsize())

    res = {}

    def take(name):
        res[name] = q.get()

    a = threading.Thread(target=take, args=("first waiter",))
    a.start()
    time.sleep(0.01)
    q.put("x")
    q.put("y")
    b = threading.Thread(target=take, args=("late comer",))
    b.start()
    b.join()
    a.join()
    print(sorted(res.items()))


if sys.version_info >= (3, 13):
    handoff()
else:  # 3.11's and 3.12's put wakes one getter, which races the others for the item: no fixed order
    print("SimpleQueue hands items to waiting getters from CPython 3.13")

start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after the timeout:", time.monotonic() - start >= 0.05)
for call in (lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(timeout=-1), lambda: queue.SimpleQueue(5)):
    try:
        call()
    except (queue.Empty, ValueError, TypeError) as e:
        print(type(e).__name__, e)
q.put_nowait(1)
q.put(2, block=False, timeout=3)
print([q.get_nowait(), q.get()], q.empty())
print([hasattr(q, m) for m in ("task_done", "join", "full", "maxsize", "shutdown")])
print(type(q).__module__, type(q).__name__, issubclass(queue.SimpleQueue, queue.Queue))
