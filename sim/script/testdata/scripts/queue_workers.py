# A pool of three worker threads fed by a Queue, stopped with one sentinel each, sending results on a
# second queue; a PriorityQueue served by two workers; task_done and join; a LifoQueue.
import queue
import threading
import time

tasks = queue.Queue()
results = queue.Queue()
STOP = object()


def worker():
    while True:
        item = tasks.get()
        if item is STOP:
            tasks.task_done()
            return
        time.sleep(item / 100)
        results.put((item, item * item, threading.current_thread().name))
        tasks.task_done()


ws = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in ws:
    w.start()
for n in [5, 3, 8, 1, 4, 2]:
    tasks.put(n)
tasks.join()
for _ in ws:
    tasks.put(STOP)
for w in ws:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(x[:2] for x in out), len(out), sorted({x[2] for x in out}))
pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
    pq.put((prio, name))
served = []
lock = threading.Lock()


def server():
    while True:
        try:
            prio, name = pq.get(timeout=0.05)
        except queue.Empty:
            return
        with lock:
            served.append(name)
        time.sleep(0.01)


ss = [threading.Thread(target=server) for _ in range(2)]
for s in ss:
    s.start()
for s in ss:
    s.join()
print(served)
lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)], lifo.qsize())
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)
