"""
id: 49
name: ppe_remote_errors_pickling
source: test_process_pool.py::test_traceback; test_deadlock.py (ErrorAtPickle, ExitAtPickle, ErrorAtUnpickle,
  test_exit_during_func_exec_on_worker, test_error_during_result_unpickle_in_result_handler)
requires: 3.9+
summary: Task exceptions are pickled back with their type/args; __cause__ is a _RemoteTraceback holding the
  worker's formatted traceback. SystemExit in a task is re-raised in the caller and does not break the pool.
  Pickling failures of the callable/arguments (in the parent's queue feeder) or of the result (in the worker) fail
  only that future (after it was already marked RUNNING); the pool stays usable. An exception while UNPICKLING a
  result in the parent breaks the whole pool (BrokenProcessPool with the unpickling traceback as __cause__).
EXPECTED:
task error: RuntimeError (123,) cause=_RemoteTraceback has_remote_line=True
SystemExit from task: code=3; pool still usable: 8
lambda: PicklingError
unpicklable arg: TypeError cannot pickle '_thread.lock' object
unpicklable result: TypeError cannot pickle '_thread.lock' object
pool still usable: 9
unpickling error in parent: BrokenProcessPool cause=_RemoteTraceback
END
"""
import pickle
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

def raise_123():
    raise RuntimeError(123)  # some comment

def return_lock():
    return threading.Lock()

def _raise_unpickling():
    raise pickle.UnpicklingError("bad data")

class ErrorAtUnpickle:
    def __reduce__(self):
        return _raise_unpickling, ()

def return_bad():
    return ErrorAtUnpickle()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        e = ex.submit(raise_123).exception()
        print("task error:", type(e).__name__, e.args, "cause=" + type(e.__cause__).__name__,
              "has_remote_line=" + str("raise RuntimeError(123)  # some comment" in e.__cause__.tb))
        e = ex.submit(sys.exit, 3).exception()
        print(f"SystemExit from task: code={e.code}; pool still usable:", ex.submit(pow, 2, 3).result())
        e = ex.submit(lambda: 1).exception()
        print("lambda:", type(e).__name__)
        e = ex.submit(id, threading.Lock()).exception()
        print("unpicklable arg:", type(e).__name__, e)
        e = ex.submit(return_lock).exception()
        print("unpicklable result:", type(e).__name__, e)
        print("pool still usable:", ex.submit(pow, 3, 2).result())
        e = ex.submit(return_bad).exception()
        print(="unpickling error in parent:", type(e).__name__, "cause=" + type(e.__cause__).__name__)
