# A BoundedSemaphore limits how many of four pool workers call a slow service at once; the peak and
# the total time show the limit.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

limit = threading.BoundedSemaphore(2)
lock = threading.Lock()
active = 0
peak = 0


def call_service(i):
    global active, peak
    with limit:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with lock:
            active -= 1
    return i


start = time.monotonic()
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(call_service, range(8))))
print("peak", peak, "took", round(time.monotonic() - start, 1))
