import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, FIRST_COMPLETED

def show(f):
    print("callback sees", f.result())

f = Future()
f.add_done_callback(show)

def producer():
    time.sleep(0.05)
    f.set_result("ready")
    return "produced"

with ThreadPoolExecutor(max_workers=1) as pool:
    p = pool.submit(producer)
    print(f.result(timeout=1))
    done, not_done = wait([f, p], return_when=FIRST_COMPLETED)
    print(len(done))
