# notify(n) wakes n of the threads waiting on a Condition, notify_all the rest; a waiter with a
# timeout gives up on its own.
import threading
import time

cond = threading.Condition()
woken = []


def waiter(name, timeout=None):
    with cond:
        ok = cond.wait(timeout)
        woken.append((name, ok))


ts = [threading.Thread(target=waiter, args=(f"t{i}",)) for i in range(4)]
ts.append(threading.Thread(target=waiter, args=("impatient", 0.05)))
for t in ts:
    t.start()
time.sleep(0.1)
with cond:
    cond.notify(2)
time.sleep(0.05)
print(sorted(woken))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken), len(woken))
