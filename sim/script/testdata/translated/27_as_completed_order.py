# Reference case 27 (as_completed_order), translated into the dialect; still valid Python.
# as_completed yields futures in completion order (not input order), each as soon as it finishes; failed
# futures are yielded like successful ones (as_completed never raises task exceptions).
#
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def task(name, d, fail=False):
    time.sleep(d)
    if fail:
        1 / 0
    return name


with ThreadPoolExecutor(max_workers=3) as ex:
    label = {ex.submit(task, "a", 0.3): "a", ex.submit(task, "b", 0.1): "b", ex.submit(task, "c", 0.2, True): "c"}
    for f in as_completed(label):
        extra = " (raised %s)" % type(f.exception()).__name__ if f.exception() else ""
        print("t=%s %s%s" % (t(), label[f], extra))
