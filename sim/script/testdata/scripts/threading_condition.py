# A bounded buffer on a Condition: two producers and two consumers with wait_for, notify and
# notify_all; then wait with a timeout that expires.
import threading
import time

cond = threading.Condition()
buf = []
done = []
log = []


def producer(name, items):
    for x in items:
        with cond:
            cond.wait_for(lambda: len(buf) < 2)
            buf.append(x)
            log.append(f"{name} put {x}")
            cond.notify_all()
        time.sleep(0.01)


def consumer(name, n):
    got = []
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: buf)
            got.append(buf.pop(0))
            cond.notify_all()
    with cond:
        done.append((name, got))


ts = [threading.Thread(target=producer, args=("p1", [1, 2, 3])),
      threading.Thread(target=producer, args=("p2", [10, 20, 30])),
      threading.Thread(target=consumer, args=("c1", 3)),
      threading.Thread(target=consumer, args=("c2", 3))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(x for _, got in done for x in got))
print(len(log), sorted(len(g) for _, g in done))
with cond:
    print(cond.wait(timeout=0.05))
    print(cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print("inside", c2.wait(0))
