# Cooperative cancellation: pool workers check an Event between steps and stop when the main thread
# sets it; a running task cannot be cancelled, a queued one can.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

stop = threading.Event()


def crawl(name, pages):
    done = 0
    for _ in range(pages):
        if stop.is_set():
            return f"{name} stopped after {done}"
        time.sleep(0.1)
        done += 1
    return f"{name} finished {done}"


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(crawl, n, p) for n, p in [("a", 3), ("b", 10), ("c", 10)]]
    time.sleep(0.45)
    print("cancel running b:", futures[1].cancel(), "cancel queued c:", futures[2].cancel())
    stop.set()
print([f.result() if not f.cancelled() else "cancelled" for f in futures])
stop.clear()
t = threading.Thread(target=lambda: print(crawl("thread", 2)))
t.start()
t.join()
