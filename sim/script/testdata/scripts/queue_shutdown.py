# queue.Queue.shutdown (CPython 3.13): producers stop with ShutDown, consumers drain what is left and
# then get ShutDown; blocked getters wake; shutdown(immediate=True) drops the rest and releases join().
import queue
import threading
import time
import sys

if not hasattr(queue.Queue, "shutdown"):  # CPython 3.11 and 3.12: the rest would wait forever
    print("queue.Queue.shutdown is CPython 3.13's")
    sys.exit(1)

q = queue.Queue()
got = []
lock = threading.Lock()


def consumer(name):
    while True:
        try:
            item = q.get()
        except queue.ShutDown:
            with lock:
                got.append((name, "shut down"))
            return
        with lock:
            got.append((name, item))
        q.task_done()
        time.sleep(0.01)


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for c in cs:
    c.start()
for i in range(5):
    q.put(i)
time.sleep(0.1)
print(q.is_shutdown)
q.shutdown()
for c in cs:
    c.join()
print(sorted(x[1] for x in got if x[1] != "shut down"), sorted(x for x in got if x[1] == "shut down"), q.is_shutdown)
try:
    q.put(9)
except queue.ShutDown:
    print("put after shutdown: ShutDown")
q2 = queue.Queue()
for i in range(3):
    q2.put(i)
q2.shutdown()
print([q2.get() for _ in range(3)])
try:
    q2.get(timeout=1)
except queue.ShutDown as e:
    print("get on an empty shut queue:", type(e).__name__, issubclass(queue.ShutDown, Exception))
q3 = queue.Queue()
for i in range(4):
    q3.put(i)
joined = []
j = threading.Thread(target=lambda: (q3.join(), joined.append("join returned")))
j.start()
time.sleep(0.05)
q3.shutdown(immediate=True)
j.join()
print(joined, q3.qsize(), q3.empty())
blocked = queue.Queue(maxsize=1)
blocked.put("x")
res = []


def putter():
    try:
        blocked.put("y")
    except queue.ShutDown:
        res.append("blocked put woke with ShutDown")


p = threading.Thread(target=putter)
p.start()
time.sleep(0.05)
blocked.shutdown()
p.join()
print(res, blocked.get(), hasattr(queue.SimpleQueue(), "shutdown"))
