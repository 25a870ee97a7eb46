from concurrent.futures import ThreadPoolExecutor
def add(x, y):
    return x + y
with ThreadPoolExecutor() as pool:
    print(list(pool.map(add, [1, 2])))
