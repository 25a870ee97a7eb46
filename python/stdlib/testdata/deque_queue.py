# A deque as a work queue: FIFO order, bounded history, and the errors
# CPython's C deque raises (no frame of collections in the traceback).
from collections import deque
jobs = deque(f"job{i}" for i in range(5))
done = []
while jobs:
    job = jobs.popleft()
    done.append(job)
    if job == "job1":
        jobs.append("retry1")
print(done, jobs, bool(jobs), len(jobs))
history = deque(maxlen=3)
for t in range(7):
    history.append(t)
print(history, list(history), history[0], history[-1], 5 in history, list(reversed(history)))
z = deque(maxlen=0); z.append(1); print(z, len(z))
d = deque([1, 2, 3, 2])
print(d.index(2), d.index(2, 2), d.count(2)); d.remove(2); print(d); d.insert(1, 9); print(d)
d[0] = 0; del d[1]; print(d, d == deque([0, 3, 2]), d != deque([0]), deque([1]) < deque([2]))
d.rotate(2); print(d); d.rotate(-1); print(d); d.reverse(); print(d)
print(deque([deque([1]), "x"]), d + deque([7]), deque("ab", 5))
for bad in [lambda: d.index(42), lambda: d.remove(42), lambda: d[10], lambda: deque([1], maxlen=1).insert(0, 2), lambda: d["x"]]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
q = deque()
q.popleft()
