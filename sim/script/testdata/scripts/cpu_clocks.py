# process_time and thread_time count CPU time, not sleeping: a sleep adds almost nothing, a busy loop
# adds some; monotonic counts both.
import threading
import time

c0, t0, m0 = time.process_time(), time.thread_time(), time.monotonic()
time.sleep(0.2)
c1, t1, m1 = time.process_time(), time.thread_time(), time.monotonic()
print("sleep: cpu", c1 - c0 < 0.05, "thread", t1 - t0 < 0.05, "wall", round(m1 - m0, 1))
total = 0
for i in range(300_000):
    total += i
c2, t2 = time.process_time(), time.thread_time()
print("loop: cpu grew", c2 > c1, "thread grew", t2 > t1, total)
print(type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__, time.process_time_ns() >= 0)
res = []


def spin():
    s = time.thread_time()
    x = 0
    for i in range(100_000):
        x += i
    res.append(time.thread_time() - s > 0)


th = threading.Thread(target=spin)
th.start()
th.join()
print("thread's own clock grew", res)
