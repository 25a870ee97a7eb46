from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)

def outer():
    inner = pool.submit(pow, 2, 10)
    return inner.result()

f = pool.submit(outer)
print(f.result())
