from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def load(path, retries=1):
    return {"path": path, "retries": retries}


def check(load):
    return load * 2


if __name__ == "__main__":
    counts = {"load": 3}
    print(load("a.csv"))
    print(load(path="b.csv", retries=2))
    print(check(load=4), counts["load"])
    print(load.__name__, repr(load)[:14])
    print([load for load in range(3)])
    print((lambda load: load + 1)(1))
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(pool.submit(load, "c.csv").result())
        print(list(pool.map(load, ["d", "e"])))
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(load, "p.csv", retries=load("x")["retries"] ** 2).result())
    load = 5
    load += 1
    print(load, load is not None, load ** 2, {load})
    print(load.load)
