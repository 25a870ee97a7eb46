from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 3)
    print(type(f))
    print(type(pool))
    print(len, print)
    print(f.result() + 1)
