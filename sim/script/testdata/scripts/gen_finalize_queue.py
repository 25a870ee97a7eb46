# A generator handed to a queue is held by it only while it is queued, as in CPython: the queue
# closes none it holds, and the thread that got one closes it where it drops it; a put that fails
# holds its item in the exception's traceback until the exception goes; shutdown(immediate=True)
# closes the ones it drops (3.13). Queue, LifoQueue, PriorityQueue and SimpleQueue alike.
import queue
import sys
import threading


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def started(name):
    g = gen(name)
    next(g)
    return g


q = queue.Queue()
q.put(gen("a"))
g = q.get()
print(next(g))
del g
print("after del a")

g = started("b")
q.put(g)
del g
print("queued b, dropped by the script")
x = q.get()
print("got b")
del x
print("after del b")


def consumer(q):
    while True:
        item = q.get()
        if item is None:
            break
        print("consumer got", next(item))
    print("consumer done")


for kind in (queue.Queue, queue.LifoQueue, queue.SimpleQueue):
    q = kind()
    if kind is queue.LifoQueue:
        q.put(None)
    q.put(gen(kind.__name__ + " 1"))
    q.put_nowait(gen(kind.__name__ + " 2"))
    if kind is not queue.LifoQueue:
        q.put(None)
    t = threading.Thread(target=consumer, args=(q,))
    t.start()
    t.join()

pq = queue.PriorityQueue()
pq.put((2, started("p2")))
pq.put((1, started("p1")))
for _ in range(2):
    item = pq.get()
    print("priority", item[0])
    del item

full = queue.Queue(maxsize=1)
full.put(0)
g = started("c")
try:
    full.put(g, timeout=0.1)
except queue.Full:
    print("Full c")
del g
print("after del c")
try:
    full.put(started("d"), timeout=0.1)
except queue.Full:
    print("Full d")
print("after the except d")
try:
    full.put_nowait(started("e"))
except queue.Full:
    print("Full e")
print("after the except e")

if not hasattr(queue.Queue, "shutdown"):
    sys.exit("no Queue.shutdown before 3.13")
q = queue.Queue()
q.put(started("s1"))
q.put(started("s2"))
print("shutdown")
q.shutdown(immediate=True)
print("after shutdown")
