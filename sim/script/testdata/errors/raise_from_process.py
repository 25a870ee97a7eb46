from concurrent.futures import ProcessPoolExecutor


def work(n):
    raise ValueError("bad input: %d" % n)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(work, 7)
        f.exception()
    raise RuntimeError("the task failed") from f.exception()
