# Executor.map's generator, once started, cancels the calls it has not yielded when it is dropped
# (break, del, a function returning with it in a local), as CPython's reference counting finalizes
# it; an alias keeps it going, and a generator handed to a task stays open while the task holds it.
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
def job(i):
    ran.append(i)
    time.sleep(0.05)
    return i

with ThreadPoolExecutor(max_workers=1) as pool:
    for r in pool.map(job, range(6)):
        if r == 0:
            break
print("break:", sorted(ran))

ran.clear()
with ThreadPoolExecutor(max_workers=1) as pool:
    it = pool.map(job, range(4))
    alias = it
    next(it)
    del it
    print("alias keeps it:", list(alias))
print("alias:", sorted(ran))

ran.clear()
with ThreadPoolExecutor(max_workers=1) as pool:
    it = pool.map(job, range(4))
    del it
print("never started:", sorted(ran))

ran.clear()
def first(pool):
    it = pool.map(job, range(4))
    return next(it)
with ThreadPoolExecutor(max_workers=1) as pool:
    print("returned", first(pool))
print("local at return:", sorted(ran))

def gen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")

def later(g):
    time.sleep(0.1)
    return next(g)

log = []
with ThreadPoolExecutor(max_workers=1) as pool:
    g = gen(log)
    next(g)
    fut = pool.submit(later, g)
    del g
    print("handed to a task, still open:", fut.result())
print("after the pool let go of it:", log)

def task():
    log = []
    g = gen(log)
    next(g)
    g = None
    return log
with ThreadPoolExecutor(max_workers=1) as pool:
    print("in a task:", pool.submit(task).result())

# A script's own Executor: the base class's map is a generator too.
from concurrent.futures import Executor, Future

class Inline(Executor):
    def submit(self, fn, *args):
        f = Future()
        self.pending.append((f, fn, args))
        return f
    def __init__(self):
        self.pending = []

ex = Inline()
it = ex.map(job, range(4))
print([f.cancelled() for f, _, _ in ex.pending])
f0, fn, args = ex.pending[0]
f0.set_result(fn(*args))
print(next(it))
del it
print("subclass map dropped:", [f.cancelled() for f, _, _ in ex.pending])
ex2 = Inline()
it = ex2.map(job, range(3))
it.close()
print("subclass close before start:", [f.cancelled() for f, _, _ in ex2.pending])
ex3 = Inline()
it = ex3.map(job, range(3))
f0, fn, args = ex3.pending[0]
f0.set_result(fn(*args))
next(it)
it.close()
print("subclass close after start:", [f.cancelled() for f, _, _ in ex3.pending])
