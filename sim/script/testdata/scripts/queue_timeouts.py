# Queue timeouts and limits between a fast producer and a slow consumer: put blocks on a full queue,
# put with a timeout raises Full, get with a timeout raises Empty; SimpleQueue; the old names.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
events = []


def slow_consumer():
    for _ in range(4):
        time.sleep(0.1)
        events.append(("got", q.get(), round(time.monotonic() - start, 1)))


start = time.monotonic()
c = threading.Thread(target=slow_consumer)
c.start()
for i in range(4):
    q.put(i)
    events.append(("put", i, round(time.monotonic() - start, 1)))
c.join()
print(sorted(events, key=lambda e: (e[2], e[0] == "put")))
q.put("a")
q.put("b")
try:
    q.put("c", timeout=0.05)
except queue.Full:
    print("Full after", round(time.monotonic() - start, 2) > 0, q.full(), q.qsize())
q.get()
q.get()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty", q.empty())
try:
    q.put_nowait(1)
    q.put_nowait(2)
    q.put_nowait(3)
except queue.Full:
    print("Full via put_nowait")
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(3)])
t.start()
t.join()
print([sq.get() for _ in range(3)], sq.empty(), sq.qsize())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize, queue.Queue(5).maxsize)
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
