import time
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

def nap(s):
    time.sleep(s)
    return s

pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(nap, 0.2) for _ in range(5)]
done, not_done = wait(fs, timeout=0.1, return_when=ALL_COMPLETED)
print(len(done), len(not_done))
pool.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs])
