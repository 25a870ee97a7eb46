import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

def work(n):
    time.sleep(0.1 * n)
    return n * n

def report(f):
    print("done", f.result())

pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(work, n) for n in [3, 1, 2, 4]]
for f in fs:
    f.add_done_callback(report)
print("cancel last:", fs[3].cancel())
done, not_done = wait(fs, timeout=0.25, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
print(fs[0].cancel())
pool.shutdown(wait=True)
