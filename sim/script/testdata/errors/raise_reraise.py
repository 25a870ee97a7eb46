from concurrent.futures import ThreadPoolExecutor


def work(n):
    if n == 2:
        raise ValueError("bad input")
    return n * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(work, n) for n in range(4)]
for f in futures:
    if f.exception() is not None:
        raise f.exception()
    print(f.result())
