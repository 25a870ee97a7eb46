# threading.enumerate and active_count while workers run and after they end; daemon threads and
# main_thread in the list.
import threading
import time

gate = threading.Event()


def work():
    gate.wait()


ts = [threading.Thread(target=work, name=f"worker-{i}", daemon=(i == 2)) for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
time.sleep(0.01)
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print([(t.name, t.daemon, t.is_alive()) for t in ts], threading.main_thread() in threading.enumerate())
gate.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()], [t.is_alive() for t in ts])
