"""
id: 33
name: map_order
source: executor.py::test_map; Doc Executor.map
requires: 3.5+
summary: map yields results in input order even when calls finish out of order; several iterables are zipped
  (shortest wins); chunksize is accepted and ignored by ThreadPoolExecutor.
EXPECTED:
t=0.3 a
t=0.3 b
t=0.3 c
zipped: [1, 8, 81]
chunksize ignored: [1, 1, 4, 27, 256, 3125, 46656, 823543, 16777216, 387420489]
END
"""
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"
def task(name, d):
    time.sleep(d)
    return name

with ThreadPoolExecutor(max_workers=3) as ex:
    for r in ex.map(task, ["a", "b", "c"], [0.3, 0.1, 0.2]):
        print(f"t={t()} {r}")
    print("zipped:", list(ex.map(pow, [1, 2, 3, 4], [5, 3, 4])))
    print("chunksize ignored:", list(ex.map(pow, range(10) ), range(10), chunksize=3)))
