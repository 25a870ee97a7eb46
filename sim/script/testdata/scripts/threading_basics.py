# Thread subclasses, RLock, Condition.wait_for, Timer and Event, names, and an exception in a thread.
import threading, time
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"W{n}")
        self.n = n
        self.result = None
    def run(self):
        time.sleep(0.1 * self.n)
        self.result = self.n * 2
        print(threading.current_thread().name, self.name, self.n)
ws = [Worker(i) for i in range(3)]
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws], ws[0].is_alive())
lock = threading.RLock()
with lock:
    with lock:
        print("reentrant ok")
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("got", items.pop())
t = threading.Thread(target=consumer); t.start()
time.sleep(0.1)
with cond:
    items.append(42); cond.notify()
t.join()
e = threading.Event()
threading.Timer(0.05, e.set).start()
print(e.wait(1), e.is_set())
print(threading.current_thread().name, threading.main_thread().name)
def boom():
    raise ValueError("in thread")
t = threading.Thread(target=boom, name="B"); t.start(); t.join()
print("end")
