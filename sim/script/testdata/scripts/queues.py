# queue.Queue between producer and consumer threads: blocking, timeouts, Empty and Full, task_done and
# join; LifoQueue and PriorityQueue order.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(5):
        q.put(i)
        log.append(f"put {i}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.2)
        log.append(f"got {item}")
        q.task_done()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print(log)
print(q.empty(), q.qsize(), q.full())
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("Empty after a timeout")
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
small = queue.Queue(1)
small.put("a")
try:
    small.put("b", block=False)
except queue.Full:
    print("Full")
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, str(x)))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
