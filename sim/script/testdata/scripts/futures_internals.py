# What teaching scripts peek at inside concurrent.futures: the state names of _base, a future's
# _state, _result and _exception as it runs, attributes set on a Future read back by a callback,
# wait()'s named tuple, and a script that sets a future's state itself.
import time
from concurrent.futures import ThreadPoolExecutor, Future, wait, FIRST_COMPLETED
from concurrent.futures import _base
from concurrent.futures._base import FINISHED, CANCELLED_AND_NOTIFIED, PENDING, RUNNING, CANCELLED

print(PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED, _base.FINISHED is FINISHED)


def slow(x):
    time.sleep(0.1)
    if x < 0:
        raise ValueError(x)
    return x * 2


def report(f):
    print("callback:", f.tag, f._state, f._result, type(f._exception).__name__)


with ThreadPoolExecutor(1) as ex:
    a = ex.submit(slow, 1)
    b = ex.submit(slow, -1)
    c = ex.submit(slow, 3)
    a.tag, b.tag, c.tag = "a", "b", "c"
    print(a._state, b._state, c._state)
    print(c.cancel(), c._state)
    for f in (a, b, c):
        f.add_done_callback(report)
    time.sleep(0.05)
    print(a._state, a.running(), a.done())
print(a._state, a._result, a._exception, b._state, b._result, repr(b._exception))
print(c._state, c.cancelled(), c._state == CANCELLED_AND_NOTIFIED)
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(slow, n) for n in (1, 2)]
    res = wait(fs, return_when=FIRST_COMPLETED)
    print(type(res).__name__, res._fields, len(res.done) + len(res.not_done))
    done, not_done = res
    print(len(done) >= 1, res.done is done)
f = Future()
print(f._state, f.done())
f._result = 42
f._state = FINISHED
print(f.result(), f.done(), f._state)
g = Future()
g.set_exception(KeyError("k"))
print(g._state, repr(g._exception), repr(g.exception()))
h = Future()
h.note = "attached"
h.set_result("ok")
print(h.note, h.result(), h._result)
