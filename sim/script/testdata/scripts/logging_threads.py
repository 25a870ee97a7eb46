# logging from a thread pool's workers and the main thread: basicConfig's format with thread names,
# levels, child loggers, exception with its traceback, a Handler subclass; and the concurrent.futures
# logger's own record for a callback that raises. (CPython's asctime would be the wall clock's.)
import logging
import sys
import time
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")


def work(n):
    time.sleep(n / 2)
    log.info("task %d done", n)
    return n


with ThreadPoolExecutor(2, thread_name_prefix="w") as ex:
    print(list(ex.map(work, [2, 1])))
log.debug("debug %s", "shown")
logging.getLogger("app.sub").warning("child")


class Collect(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[0].__name__ if record.exc_info else None
        print("collected", record.levelname, record.name, record.getMessage().split(" at ")[0], exc)


quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(Collect())
try:
    1 / 0
except ZeroDivisionError:
    quiet.exception("failed")
cf = logging.getLogger("concurrent.futures")
cf.propagate = False
cf.addHandler(Collect())


def bad_callback(f):
    raise KeyError("oops")


with ThreadPoolExecutor(1) as ex:
    ex.submit(pow, 2, 2).add_done_callback(bad_callback)
print(logging.getLevelName(logging.INFO), log.getEffectiveLevel(), log, logging.getLogger())
