# A Semaphore lets at most two of five threads in at a time; a BoundedSemaphore refuses an extra
# release; acquire without blocking and with a timeout.
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
order = []


def task(i):
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
            order.append(i)
        time.sleep(0.1)
        with lock:
            inside -= 1


ts = [threading.Thread(target=task, args=(i,)) for i in range(5)]
start = time.monotonic()
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "all ran", sorted(order), "took about", round(time.monotonic() - start, 1))
b = threading.BoundedSemaphore(1)
print(b.acquire(), b.acquire(blocking=False), b.acquire(timeout=0.05))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
threading.Timer(0.05, s.release).start()
print(s.acquire(timeout=1))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
