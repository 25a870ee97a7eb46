from concurrent.futures import ThreadPoolExecutor


def square(n):
    if n == 3:
        raise ValueError("no squares of 3")
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    for result in pool.map(square, range(6)):
        print(result)
