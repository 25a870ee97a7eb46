# A bounded buffer built from a deque and a Condition, used by two producers and three consumers;
# every item is consumed once, and the buffer never holds more than its capacity.
import threading
import time
from collections import deque

CAP = 3
buf = deque()
cond = threading.Condition()
taken = []
peak = 0


def produce(start):
    global peak
    for i in range(start, start + 5):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(i)
            peak = max(peak, len(buf))
            cond.notify_all()


def consume(n):
    for _ in range(n):
        with cond:
            while not buf:
                cond.wait()
            taken.append(buf.popleft())
            cond.notify_all()
        time.sleep(0.01)


threads = [threading.Thread(target=produce, args=(s,)) for s in (0, 100)]
threads += [threading.Thread(target=consume, args=(n,)) for n in (3, 3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken), len(taken), peak <= CAP, len(buf))
