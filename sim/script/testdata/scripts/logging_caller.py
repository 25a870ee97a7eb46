# Where a log record says it was made: funcName, lineno, module and filename name the caller, through a
# LoggerAdapter, with stacklevel, from a worker thread and from a lambda.
import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(threadName)s %(message)s")
log = logging.getLogger("caller")


def helper(msg):
    log.info(msg, stacklevel=2)


def task(n):
    log.debug("task %d", n)
    helper(f"helper for {n}")
    try:
        1 / n
    except ZeroDivisionError as exc:
        log.error("task %d failed: %r", n, exc)
    return n


class Worker:
    def run(self):
        adapter = logging.LoggerAdapter(log, {"who": "worker"})
        adapter.warning("from a method")


if __name__ == "__main__":
    log.info("main starts")
    Worker().run()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
        print(list(ex.map(task, [1, 0])))
    (lambda: log.error("in a lambda"))()
