import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url):
    time.sleep(0.1)
    raise TimeoutError("slow: %s" % url)


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(fetch, "a.example")
    e = f.exception()
    print(repr(e), e.args, isinstance(e, TimeoutError), isinstance(e, OSError))
    print(f.done(), f.exception() is e)
    f.result()
