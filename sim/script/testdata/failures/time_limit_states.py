# A run that ends at its time limit while threads of two processes sleep in a loop.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def nap():
    while True:
        time.sleep(1)


if __name__ == '__main__':
    tp = ThreadPoolExecutor(1)
    tp.submit(nap)
    pp = ProcessPoolExecutor(1)
    pp.submit(nap)
    nap()
