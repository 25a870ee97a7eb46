from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(pow, 2, i) for i in range(3)]
print(futures[2].result())
print(futures[3].result())
