from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor() as pool:
    f = pool.submit(square, 3, 4)
    print(f.exception())
    f.result()
