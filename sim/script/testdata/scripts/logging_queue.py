# Logging from several threads through one queue: each thread's records go to a QueueHandler, and
# one QueueListener thread hands them to the real handler, in order; a MemoryHandler that flushes
# on an error.
import logging
import logging.handlers
import queue
import sys
import threading
import time

q = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
log = logging.getLogger("app")
log.setLevel(logging.INFO)
log.propagate = False
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
listener.start()


def work(n):
    time.sleep(n / 10)
    log.info("worker %d done, %s", n, "ok")


ts = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in (3, 1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
log.warning("all done")
listener.stop()
print("queue empty:", q.empty())
log.removeHandler(qh)
mem = logging.handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=out)
log.addHandler(mem)
log.info("buffered 1")
log.info("buffered 2")
print("buffer holds", len(mem.buffer))
log.error("flushes everything")
print("buffer holds", len(mem.buffer))
