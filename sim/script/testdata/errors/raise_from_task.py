from concurrent.futures import ThreadPoolExecutor


def read(name):
    raise RuntimeError("cannot load %s" % name) from KeyError(name)


with ThreadPoolExecutor() as pool:
    f = pool.submit(read, "data.csv")
    print(repr(f.exception()))
    f.result()
