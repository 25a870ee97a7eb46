# Timeouts and sleeps take any real number, as CPython does: instances of float and int subclasses
# too (time.sleep, Event.wait, wait, as_completed, Executor.map); a str is refused.
import time
import threading
from concurrent.futures import ThreadPoolExecutor, wait, as_completed


class Secs(float):
    def __repr__(self):
        return f"Secs({float(self)})"


class N(int):
    pass


t0 = time.monotonic()
time.sleep(Secs(0.1))
time.sleep(N(1))
print(round(time.monotonic() - t0, 1))
e = threading.Event()
print(e.wait(Secs(0.05)), e.wait(timeout=N(0)))
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(time.sleep, Secs(0.2)), ex.submit(time.sleep, 0.1)]
    print(len(wait(fs, timeout=Secs(0.15)).done))
    print([f.result() for f in as_completed(fs, timeout=Secs(1))])
    print(list(ex.map(time.sleep, [Secs(0.01)], timeout=Secs(1))))
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
try:
    time.sleep(Secs(-1))
except ValueError as e:
    print("ValueError:", e)
