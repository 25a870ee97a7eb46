from concurrent.futures import ThreadPoolExecutor, as_completed
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 3)
    for x in as_completed(f):
        print(x)
