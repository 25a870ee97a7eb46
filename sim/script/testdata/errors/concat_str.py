from concurrent.futures import ThreadPoolExecutor
def double(x):
    return x * 2
with ThreadPoolExecutor() as pool:
    f = pool.submit(double, 21)
    print("result: " + f.result())
