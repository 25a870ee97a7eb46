from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n < 0:
        raise
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(check, -1)
    print(type(f.exception()).__name__, f.exception())
print(check(2)); print(check(-2))
