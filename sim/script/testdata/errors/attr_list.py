# cpython: >=3.10
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    results = []
    results.apend(pool.submit(pow, 2, 3))
