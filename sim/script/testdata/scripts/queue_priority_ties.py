# PriorityQueue with ties: items that compare equal come out in heap order, as CPython's heapq
# gives them; the docs' PrioritizedItem pattern with an uncompared payload; three consumer threads.
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)


pq = queue.PriorityQueue()
for i, p in enumerate([2, 1, 2, 1, 3, 1, 2, 2, 1, 3]):
    pq.put(Item(p, f"job{i}"))
print([pq.get().name for _ in range(10)])
for i, p in enumerate([5, 3, 5, 1, 3, 5]):
    pq.put((p, 0, f"t{i}"))
print([pq.get() for _ in range(6)])
for i in range(12):
    pq.put(Item(i % 3, f"w{i}"))
got = []
lock = threading.Lock()


def consume():
    while True:
        try:
            item = pq.get_nowait()
        except queue.Empty:
            return
        with lock:
            got.append(item.name)


ts = [threading.Thread(target=consume) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
try:
    pq.put(1)
    pq.put("x")
except TypeError as e:
    print("TypeError:", e)
print(pq.qsize())
