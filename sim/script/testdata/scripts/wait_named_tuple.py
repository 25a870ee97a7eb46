# concurrent.futures.wait returns a DoneAndNotDoneFutures named tuple: a real tuple with _fields,
# namedtuple's repr, indexing, unpacking, _asdict and tuple's equality; the class is in _base.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
from concurrent.futures import _base


def slow(x):
    time.sleep(x)
    return x


r = wait([])
print(r)
print(repr(r), str(r))
print(type(r).__name__, type(r).__module__, type(r).__qualname__)
print(r._fields, type(r)._fields)
print(isinstance(r, tuple), issubclass(type(r), tuple), type(r) is _base.DoneAndNotDoneFutures)
print(len(r), r[0], r[-1], r[:1], list(r), tuple(r))
print(r == (set(), set()), r == tuple(r), r != (set(),))
print(r._asdict())
print(r + (1,), r * 2 == (set(), set(), set(), set()))
d, nd = r
print(d is r.done, nd is r.not_done, r.index(set()), r.count(set()))
try:
    r.extra = 1
except AttributeError as e:  # 3.13 adds "and no __dict__ for setting new attributes" to 3.11's message
    print("AttributeError:", str(e).startswith("'DoneAndNotDoneFutures' object has no attribute 'extra'"))
try:
    r[2]
except IndexError as e:
    print("IndexError:", e)
made = _base.DoneAndNotDoneFutures({1}, not_done={2})
print(made, made.done, made.not_done)

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(slow, 0.1), ex.submit(slow, 0.3)]
    res = wait(fs, return_when=FIRST_COMPLETED)
    print(len(res.done), len(res.not_done), [f.result() for f in res.done])
    print(repr(res).startswith("DoneAndNotDoneFutures(done={<Future at 0x"), "not_done={<Future" in repr(res))
    done, not_done = wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    print(wait(fs, timeout=0)._fields)
