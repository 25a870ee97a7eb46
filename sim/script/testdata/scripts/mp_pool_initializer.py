# A Pool's initializer runs once in every worker, before its tasks.
import multiprocessing as mp
import time

setting = None


def init(value):
    global setting
    setting = value


def read(_):
    time.sleep(0.1)
    return setting


if __name__ == "__main__":
    with mp.get_context("spawn").Pool(2, initializer=init, initargs=("configured",)) as pool:
        print(pool.map(read, range(4), chunksize=1))
    print(setting)
