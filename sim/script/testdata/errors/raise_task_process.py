from concurrent.futures import ProcessPoolExecutor


def parse(text):
    if not text.isdigit():
        raise ValueError("bad input: %r" % text)
    return int(text)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(parse, "12").result())
        f = pool.submit(parse, "1x2")
        e = f.exception()
        print(type(e).__name__, e.args)
        print(f.result())
