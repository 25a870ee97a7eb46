# The clocks while threads sleep: monotonic and perf_counter advance by what was slept, time_ns and
# time agree, and sleeping threads overlap (three 0.2 s sleeps take 0.2 s, not 0.6 s).
import threading
import time

t0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.monotonic_ns()
time.sleep(0.25)
print(round(time.monotonic() - t0, 2), round(time.perf_counter() - p0, 2), round((time.monotonic_ns() - n0) / 1e9, 2))
print(abs(time.time() - time.time_ns() / 1e9) < 0.01)
start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("three sleeps took", round(time.monotonic() - start, 1))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
time.sleep(0)
print("slept 0")
