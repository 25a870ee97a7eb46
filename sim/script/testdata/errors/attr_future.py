# cpython: >=3.10
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 3)
    print(f.reslt())
