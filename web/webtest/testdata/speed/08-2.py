import time
from concurrent.futures import ProcessPoolExecutor

def count(n):
    total = 0
    for _ in range(n):
        total += 1
    return total

if __name__ == '__main__':
    start = time.monotonic()
    count(500000)
    print('one count:        %.2f s' % (time.monotonic() - start))
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=4) as pool:
        totals = list(pool.map(count, [500000] * 4))
    print('four in the pool: %.2f s' % (time.monotonic() - start))
