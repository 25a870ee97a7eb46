# An Event that three workers wait on: wait with a timeout, set, is_set and the old isSet, clear.
import threading
import time

go = threading.Event()
results = []
lock = threading.Lock()


def worker(i):
    ok = go.wait(timeout=0.5)
    with lock:
        results.append((i, ok))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.1)
print("set?", go.is_set(), go.isSet())
go.set()
for t in ts:
    t.join()
print(sorted(results))
go.clear()
print("after clear", go.is_set(), go.wait(0.01))
stop = threading.Event()
count = [0]


def ticker():
    while not stop.wait(0.1):
        count[0] += 1


t = threading.Thread(target=ticker)
t.start()
time.sleep(0.45)
stop.set()
t.join()
print("ticks", count[0])
