import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

def ok(x):
    time.sleep(0.05 * x)
    return x

def bad(x):
    time.sleep(0.03)
    return 1 // 0

pool = ThreadPoolExecutor(max_workers=3)
fs = [pool.submit(ok, 2), pool.submit(bad, 1), pool.submit(ok, 4)]
done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
print(fs[0].result(timeout=1))
print(fs[2].result(timeout=0.05))
