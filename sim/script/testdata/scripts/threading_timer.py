# threading.Timer: two timers fire in order of their delays, one is cancelled before it fires,
# a timer's arguments, interval and is_alive.
import threading
import time

fired = []


def fire(name, when):
    fired.append((name, when))


t1 = threading.Timer(0.2, fire, args=("slow", 2))
t2 = threading.Timer(0.1, fire, args=("fast", 1))
t3 = threading.Timer(0.15, fire, kwargs={"name": "cancelled", "when": 0})
for t in (t1, t2, t3):
    t.start()
t3.cancel()
print(t1.is_alive(), t1.interval, t2.interval)
for t in (t1, t2, t3):
    t.join()
print(fired)
print(t1.is_alive(), isinstance(t1, threading.Thread))
t4 = threading.Timer(0.05, lambda: print("lambda fired in", threading.current_thread().name.split("-")[0]))
t4.start()
t4.join()
t4.cancel()
