# Lock and RLock from several threads: a counter kept right by a lock, acquire without blocking and
# with a timeout, locked(), RLock's re-entry and its errors.
import threading
import time

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()


def nested(depth):
    with r:
        return depth if depth == 0 else nested(depth - 1) + 1


print("nested", nested(5))
with r:
    with r:
        print("twice inside")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
holder = threading.Lock()
holder.acquire()
got = []


def waiter():
    got.append(holder.acquire(timeout=0.2))


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.1)
holder.release()
w.join()
print("waiter got it", got)
print(type(lock).__name__, type(r).__name__)
