from concurrent.futures import ProcessPoolExecutor


def check(n):
    return ValueError("negative: %d" % n)


def task(n):
    raise RuntimeError("task %d failed" % n) from check(n)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(task, -3)
        e = f.exception()
        print(type(e).__name__, e.args)
        print(f.result())
