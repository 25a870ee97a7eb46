"""
id: 27
name: as_completed_order
source: test_as_completed.py::test_no_timeout; Doc as_completed
requires: 3.2+
summary: as_completed yields futures in completion order (not input order), each as soon as it finishes;
  failed futures are yielded like successful ones (as_completed never raises task exceptions).
EXPECTED:
t=0.1 b
t=0.2 c (raised ZeroDivisionError)
t=0.3 a
END
"""
import time
from concurrent. import ThreadPoolExecutor, as_completed

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"
def task(name, d, fail=False):
    time.sleep(d)
    if fail:
        1 / 0
    return name

with ThreadPoolExecutor(max_workers=3) as ex:
    label = {ex.submit(task, "a", 0.3): "a", ex.submit(task, "b", 0.1): "b", ex.submit(task, "c", 0.2, True): "c"}
    for f in as_completed(label):
        extra = f" (raised {type(f.exception()).__name__})" if f.exception() else ""
        print(f"t={t()} {label[f]}{extra}")
