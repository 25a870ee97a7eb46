import time
import threading
from concurrent.futures import ThreadPoolExecutor

stop = threading.Event()
lock = threading.Lock()

def worker(n):
    while not stop.is_set():
        with lock:
            time.sleep(0.01)
        stop.wait(0.02)
    return n

def stopper():
    time.sleep(0.1)
    stop.set()

t = threading.Thread(target=stopper)
t.start()
with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(worker, [1, 2], timeout=1)))
t.join()
