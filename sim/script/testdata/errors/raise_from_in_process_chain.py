from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def parse(text):
    return int(text)


def task(text):
    with ThreadPoolExecutor(max_workers=1) as threads:
        f = threads.submit(parse, text)
    if f.exception() is not None:
        raise RuntimeError("cannot parse %r" % text) from f.exception()
    return f.result()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(task, "12").result())
        print(pool.submit(task, "1x2").result())
