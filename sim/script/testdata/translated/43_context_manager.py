# Reference case 43 (context_manager), translated into the dialect; still valid Python.
# `with Executor() as ex` returns the executor itself; leaving the block calls shutdown(wait=True) even
# when an exception is propagating (so the exception surfaces only after running work finished);
# __exit__ returns False (exceptions are never swallowed).
#
# The dialect has neither raise nor try/except. The with block therefore runs in a function, body(),
# called in a one-thread pool by raised(), which returns what it raised (the pool's future keeps it);
# the exception is raised inside the block by result() of a future holding ValueError('inside with')
# (result() re-raises the stored exception object). body() keeps its executor and future in a dict, as
# the dialect has no global statement.
# Covered: all expected lines.
# Not covered: none.
import time
from concurrent.futures import Future, ThreadPoolExecutor

T0 = time.monotonic()


def t():
    return "%.1f" % (time.monotonic() - T0)


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


ex = ThreadPoolExecutor(max_workers=2)
with ex as entered:
    print("__enter__ returns self:", entered == ex)

boom = Future()
boom.set_exception(ValueError("inside with"))
state = {}


def body():
    with ThreadPoolExecutor(max_workers=2) as ex2:
        state["ex2"] = ex2
        state["f"] = ex2.submit(time.sleep, 0.2)
        boom.result()


e = raised(body)
print("t=%s %r propagated after waiting; f.done()=%s" % (t(), e, state["f"].done()))
print("__exit__ returns:", state["ex2"].__exit__(None, None, None))
