from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    results = []
    results.apend(pool.submit(pow, 2, 3))
