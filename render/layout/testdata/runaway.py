import time
from concurrent.futures import ThreadPoolExecutor

def forever():
    while True:
        pass

pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(forever)
time.sleep(0.1)
print("cancel:", f.cancel())
pool.shutdown(wait=True)
