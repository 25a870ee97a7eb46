"""Fifty lines of a typical concurrency script, for BenchmarkParse."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

URLS = ["http://example.com/%d" % i for i in range(8)]


class Fetcher:
    def __init__(self, delay=0.1, *, retries=3):
        self.delay = delay
        self.retries = retries
        self.log = []

    def fetch(self, url, timeout=None):
        for attempt in range(self.retries):
            try:
                time.sleep(self.delay * (attempt + 1))
                return f"{url}: ok after {attempt + 1} tries"
            except TimeoutError as exc:
                self.log.append((url, exc))
        raise RuntimeError(f"gave up on {url!r}")


def report(futures):
    done, pending = wait(futures, timeout=1.5, return_when=FIRST_COMPLETED)
    print(f"{len(done)} done, {len(pending)} pending")
    for fut in as_completed(futures):
        if fut.exception() is not None:
            print("error:", fut.exception())
        else:
            print(fut.result())
    return {f: f.done() for f in futures}


def main():
    fetcher = Fetcher(delay=0.05)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(fetcher.fetch, url) for url in URLS]
        states = report(futures)
        total = sum(1 for ok in states.values() if ok)
        ex.map(lambda u: u.upper(), URLS[:2])
    elapsed = time.monotonic() - start
    print(f"{total}/{len(URLS)} in {elapsed:.2f}s")
    results = sorted(fetcher.log, key=lambda item: item[0])
    while results and results[-1][0] == "":
        results.pop()
    return 0 if total == len(URLS) else 1


if __name__ == "__main__":
    main()
