# import statements bind names from the host's module table.
import time
import concurrent.futures
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ALL_COMPLETED
from time import (
    sleep,
    monotonic as now,
)

print(time.monotonic() >= 0, now() >= 0, sleep(0))
print(concurrent.futures.ALL_COMPLETED, cf.ALL_COMPLETED, ALL_COMPLETED)
#> True True None
#> ALL_COMPLETED ALL_COMPLETED ALL_COMPLETED
# ---
from concurrent import futures
import time, ctx

print(futures.ALL_COMPLETED, type(ctx.Manager("x")) == type(ctx.Manager("y")))
#> ALL_COMPLETED True
# ---
from concurrent.futures import *

print(ALL_COMPLETED)
#> ALL_COMPLETED
# ---
# Imports inside functions bind local names; after a semicolon and a colon too.
def f():
    import time; from time import sleep
    return time.monotonic() >= 0


if True: import time as t
print(f(), t.monotonic() >= 0)
#> True True
# ---
import nope  # error: no module named 'nope'
# ---
import concurrent.nope  # error: no module named 'concurrent.nope'
# ---
from time import sleep, nope  # error: cannot import name 'nope' from 'time'
# ---
from . import x  # error: relative imports are not supported
# ---
print(__import__("time").monotonic() >= 0, __name__)
#> True __main__
# ---
from __future__ import annotations

if __name__ == "__main__":
    print("main")
#> main
