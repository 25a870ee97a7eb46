# Reference case 49 (ppe_remote_errors_pickling), translated into the dialect; still valid Python.
# Task exceptions are pickled back with their type/args. SystemExit in a task is re-raised in the caller
# and does not break the pool. Pickling failures of the callable/arguments (in the parent's queue feeder)
# or of the result (in the worker) fail only that future; the pool stays usable.
#
# The dialect has no sys module: exit_3() raises SystemExit(3), as sys.exit(3) does. id() is not in
# the dialect: the unpicklable argument goes to repr() instead (the call never happens either way).
# Covered: "lambda: ...", "unpicklable arg: ...", "unpicklable result: ...", "pool still usable: 9".
# Changed (CPython prints these lines too, and the test compares them):
#   "task error: RuntimeError (123,)" without "cause=_RemoteTraceback has_remote_line=True": the dialect's
#   exceptions have no __cause__ (the worker's traceback is not kept);
#   "SystemExit from task: args=(3,); pool still usable: 8" where the reference prints code=3: the
#   dialect's exceptions have args but not SystemExit.code.
# Not covered: "unpickling error in parent: BrokenProcessPool cause=_RemoteTraceback": it needs a class
# whose __reduce__ fails when unpickled; the dialect has no class statement.
import threading
from concurrent.futures import ProcessPoolExecutor


def raise_123():
    raise RuntimeError(123)


def exit_3():
    raise SystemExit(3)


def return_lock():
    return threading.Lock()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        e = ex.submit(raise_123).exception()
        print("task error:", type(e).__name__, e.args)
        e = ex.submit(exit_3).exception()
        print("SystemExit from task: args=%s; pool still usable:" % (e.args,), ex.submit(pow, 2, 3).result())
        e = ex.submit(lambda: 1).exception()
        print("lambda:", type(e).__name__)
        e = ex.submit(repr, threading.Lock()).exception()
        print("unpicklable arg:", type(e).__name__, e)
        e = ex.submit(return_lock).exception()
        print("unpicklable result:", type(e).__name__, e)
        print("pool still usable:", ex.submit(pow, 3, 2).result())
