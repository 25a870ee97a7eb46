# threading.active_count() and enumerate(): the main thread, a pool's workers, a started thread.
import threading, time
from concurrent.futures import ThreadPoolExecutor
print(threading.active_count(), [t.name for t in threading.enumerate()])
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(time.sleep, 0.2) for _ in range(3)]
    time.sleep(0.1)
    print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
t = threading.Thread(target=time.sleep, args=(0.2,), name="sleeper")
t.start()
print(threading.active_count(), [(t.name, t.is_alive()) for t in threading.enumerate()])
t.join()
print(threading.active_count())
