from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import threading

lock = threading.Lock()
with lock:
    pass
with ThreadPoolExecutor() as a, ProcessPoolExecutor() as b:
    pass pass
with (ThreadPoolExecutor() as a, ProcessPoolExecutor() as b):
    pass
with (
    ThreadPoolExecutor(max_workers=4) as pool,
    lock,
):
    pool.submit(print, 1)
with (lock):
    pass
with (lock, lock):
    pass
with (yield_ for yield_ in range(1)) as g:
    pass
with open("x") as (f, g):
    pass
with ctx() as self.attr, ctx() as items[0]:
    pass
with (a, b) as c: pass
