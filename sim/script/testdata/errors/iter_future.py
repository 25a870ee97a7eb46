from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    for r in pool.submit(pow, 2, 3):
        print(r)
