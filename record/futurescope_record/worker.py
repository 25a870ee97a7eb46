"""Recording inside worker processes (a ProcessPoolExecutor's, a multiprocessing Pool's).

The parent hands each task's function to the pool wrapped in a Task. A Task pickles as a call to
started(fn, future, kind), so unpickling it in the worker, just before the worker calls the function,
records task_start and gives back the function itself: the call has no extra frame, and an
exception's traceback (formatted in the worker) is the same as without the recorder. A process pool
worker's _ResultItem marks the task's end; a Pool worker's put of its result does (a forked worker's:
a spawned one binds that put before the recorder is loaded, so its task ends when its next task
starts or the worker exits). A worker writes its events to its own file in the run's folder, which
the parent merges into the trace.
"""

import os

from . import clock

_state = {"future": 0, "kind": "", "patched": False}


class Task:
    """A pool task's function, with the id of its future and the kind of pool ("futures", "pool")."""

    def __init__(self, fn, future, kind="futures"):
        self.fn = fn
        self.future = future
        self.kind = kind

    def __call__(self, *args, **kwargs):  # only if a pool calls it in this process
        return self.fn(*args, **kwargs)

    def __reduce__(self):
        return started, (self.fn, self.future, self.kind)


def _recorder():
    """Returns this worker's recorder, making one and installing the hooks the first time."""
    from . import hooks
    rec = hooks.current()
    if rec is not None and rec.child:
        return rec
    if rec is not None and rec.pid == os.getpid():
        return None  # the parent itself: nothing to do
    env = clock.from_env()
    if env is None:
        return None
    return hooks.start_worker(*env)


def started(fn, future, kind="futures"):
    """Unpickles a Task in a worker: records task_start of future and returns fn."""
    try:
        rec = _recorder()
        if rec is not None and rec.enabled:
            if not _state["patched"]:
                _patch_result_item()
                _state["patched"] = True
            end_task()  # a Pool task whose end was not seen ends when the next one starts
            _state["future"], _state["kind"] = future, kind
            rec.safe(rec.record, "task_start", future, line=0)
    except Exception as e:  # never let the recorder break the task
        if rec is not None:
            rec.fail(e)
    return fn


def end_task():
    """Records the end of the task this worker runs, if one."""
    future, _state["future"] = _state["future"], 0
    if not future:
        return
    from . import hooks
    rec = hooks.current()
    if rec is None:
        return
    rec.safe(rec.record, "task_end", future, line=0)


def at_exit():
    """A worker's last words: ends its task, if one, and writes its events."""
    end_task()
    from . import hooks
    rec = hooks.current()
    if rec is not None:
        rec.flush(last=True)


def _patch_result_item():
    from concurrent.futures import process
    cls = process._ResultItem
    orig = cls.__init__

    def __init__(self, *a, **kw):
        orig(self, *a, **kw)
        end_task()

    cls.__init__ = __init__


def patch_simple_queue():
    """Makes a Pool worker's put of its result end its task. Installed in the parent, so that forked
    workers have it; a Pool worker turns an error of put into a MaybeEncodingError, which names no
    frames, so the wrapper shows nowhere."""
    from multiprocessing import queues
    orig = queues.SimpleQueue.put

    def put(self, obj):
        if _state["future"] and _state["kind"] == "pool":
            end_task()
        return orig(self, obj)

    queues.SimpleQueue.put = put
