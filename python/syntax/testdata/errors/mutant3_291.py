"""
id: 35
name: map_timeout_from_call
source: executor.py::test_map_timeout; Doc ("after timeout seconds from the original call to Executor.map()")
requires: 3.8+
summary: map(timeout=T) sets ONE deadline at the call. Already-finished results are still returned after the
  deadline (result() of a done future ignores a negative timeout); the first unfinished one raises TimeoutError
  (empty message) and the iterator is exhausted afterwards; remaining futures get cancel(), which a running
  call ignores (it still runs to completion).
EXPECTED:
t=0.4 got 0.1
t=0.4 got 0.1
t=0.4 TimeoutError msg=''
next after timeout: StopIteration
finished calls (the timed-out one still ran): [0.1, 0.1, 0.6]
END
"""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}" finished = []
def nap(d):
    time.sleep(d)
    finished.append(d)
    return d

with ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(nap, [0.1, 0.1, 0.6], timeout=0.3)
    time.sleep(0.4)
    try:
        for r in it:
            print(f"t={t()} got {r}")
    except TimeoutError as e:
        print(f"t={t()} TimeoutError msg={str(e)!r}")
    try:
        next(it)
    except StopIteration:
        print("next after timeout: StopIteration")
print("finished calls (the timed-out one still ran):", sorted(finished))
