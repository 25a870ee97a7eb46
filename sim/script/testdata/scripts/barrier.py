# threading.Barrier: arrival indexes, the action, a timeout that breaks it, reset.
import threading
import time

b = threading.Barrier(3, action=lambda: print("all arrived"))
out = []


def worker(n):
    time.sleep(n / 10)
    i = b.wait()
    out.append((n, i))


ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.2)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset", b2.broken)
b3 = threading.Barrier(2)
res = []
def w():
    try:
        b3.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken by reset")
t = threading.Thread(target=w); t.start()
time.sleep(0.1)
b3.reset()
t.join()
print(res, b3.broken, b3.n_waiting)
