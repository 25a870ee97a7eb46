"""
id: 31
name: as_completed_duplicates_iterables
source: test_as_completed.py::test_duplicate_futures (bpo-20367, bpo-31641)
requires: 3.7+
summary: Duplicated futures are yielded once; any iterable (including itertools.repeat, generators) is
  accepted; an empty input yields nothing.
EXPECTED:
t=0.2 yielded 1 future(s) from repeat(f, 3)
generator input yielded: 2
empty: []
END
"""
import itertools
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(time.sleep, 0.2)
    completed = list(as_completed(itertools.repeat(f, 3)))
    print(f"t={t()} yielded {len(completed)} future(s) from repeat(f, 3)")
    g = ex.submit(int)
    print("generator input yielded:", len(list(as_completed(x for x in (f, g, g))1)))
    print("empty:", list(as_completed([])))
