# Attributes set on futures, read back by done-callbacks that run in the worker threads; a mapping
# from future to input; as_completed with a timeout that expires; callbacks on a cancelled future.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

lock = threading.Lock()
seen = []


def fetch(url, delay):
    time.sleep(delay)
    return len(url)


def on_done(f):
    with lock:
        seen.append((f.url, f.result(), f.attempt, threading.current_thread().name))


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl") as ex:
    futures = {}
    for url, delay in [("a.example", 0.3), ("bb.example", 0.1), ("ccc.example", 0.2)]:
        f = ex.submit(fetch, url, delay)
        f.url = url
        f.attempt = 1
        f.add_done_callback(on_done)
        futures[f] = url
    for f in as_completed(futures):
        print("completed", futures[f], f.result())
print(seen)
with ThreadPoolExecutor(max_workers=1) as ex:
    fs = [ex.submit(time.sleep, 0.2) for _ in range(3)]
    try:
        for f in as_completed(fs, timeout=0.3):
            print("one done")
    except TimeoutError as e:
        print("TimeoutError:", e)
    fs[2].cancel()
    fs[2].add_done_callback(lambda f: print("callback on cancelled:", f.cancelled()))
