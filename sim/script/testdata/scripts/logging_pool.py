# Logging from a thread pool and a process pool: thread and process names from the format, a
# logger per module, and exception() inside a worker thread, through a Formatter subclass that
# shortens tracebacks to their last line.
import logging
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

FMT = "%(processName)s %(threadName)s %(name)s %(levelname)s %(message)s"
log = logging.getLogger("pool")


class LastLine(logging.Formatter):
    def formatException(self, ei):
        return "  " + super().formatException(ei).splitlines()[-1]


def setup():
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(LastLine(FMT))
    logging.basicConfig(level=logging.INFO, handlers=[h], force=True)


def square(n):
    time.sleep(n / 20)
    log.info("square %d", n)
    return n * n


def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        log.exception("risky(%d) failed", n)
        return None


if __name__ == "__main__":
    setup()
    with ThreadPoolExecutor(3, thread_name_prefix="t") as ex:
        print(list(ex.map(square, [3, 1, 2])))
    with ThreadPoolExecutor(1, thread_name_prefix="r") as ex:
        print(list(ex.map(risky, [5, 0])))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=setup) as ex:
        print(list(ex.map(square, [2, 1])))
    log.warning("done")
