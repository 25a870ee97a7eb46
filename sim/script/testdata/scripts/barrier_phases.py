# A Barrier that three threads meet at for three phases, with an action run once per phase; then
# a broken barrier: one thread aborts, the others get BrokenBarrierError; reset and timeouts.
import threading
import time

phases = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: phases.append("--- phase done"))


def runner(name, delay):
    for phase in range(3):
        time.sleep(delay)
        with lock:
            phases.append(f"{name} reached {phase}")
        b.wait()


ts = [threading.Thread(target=runner, args=(n, d)) for n, d in [("a", 0.01), ("b", 0.03), ("c", 0.02)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("\n".join(phases))
print(b.parties, b.n_waiting, b.broken)
broken = threading.Barrier(3)
outcomes = []


def waiter(name):
    try:
        broken.wait()
        outcomes.append((name, "passed"))
    except threading.BrokenBarrierError:
        outcomes.append((name, "broken"))


ws = [threading.Thread(target=waiter, args=(n,)) for n in "xy"]
for w in ws:
    w.start()
time.sleep(0.05)
print("waiting:", broken.n_waiting)
broken.abort()
for w in ws:
    w.join()
print(sorted(outcomes), broken.broken)
broken.reset()
print(broken.broken, broken.n_waiting)
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("timed out: broken", lonely.broken)
print(threading.Barrier(1).wait(), threading.Barrier(1).wait())
