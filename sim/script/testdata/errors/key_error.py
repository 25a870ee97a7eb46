from concurrent.futures import ThreadPoolExecutor
prices = {"apple": 3}
def price(name):
    return prices[name]
with ThreadPoolExecutor() as pool:
    f = pool.submit(price, "pear")
    print(repr(f.exception()))
    print(f.exception())
    print(f.exception().args)
    print(f.result())
