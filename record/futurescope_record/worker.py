"""Recording inside a process pool's worker processes.

The parent hands each task's function to the pool wrapped in a Task. A Task pickles as a call to
started(fn, future, ...), so unpickling it in the worker, just before the worker calls the function,
records task_start and gives back the function itself: the call has no extra frame, and an exception's
traceback (formatted in the worker) is the same as without the recorder. The worker's _ResultItem
marks the task's end. A worker writes its events to its own file in the run's folder, which the parent
merges into the trace.
"""

import os

from . import clock

_state = {"rec": None, "future": 0}


class Task:
    """A process pool task's function, with the id of its future."""

    def __init__(self, fn, future):
        self.fn = fn
        self.future = future

    def __call__(self, *args, **kwargs):  # only if the pool calls it in this process
        return self.fn(*args, **kwargs)

    def __reduce__(self):
        return started, (self.fn, self.future)


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


def started(fn, future):
    """Unpickles a Task in a worker: records task_start of future and returns fn."""
    try:
        rec = _recorder()
        if rec is not None and rec.enabled:
            if not _state.get("patched"):
                _patch_result_item(rec)
                _state["patched"] = True
            _state["future"] = future
            rec.record("task_start", future, line=0)
    except Exception as e:  # never let the recorder break the task
        if _state.get("rec") is not None:
            _state["rec"].fail(e)
    return fn


def _patch_result_item(rec):
    from concurrent.futures import process
    cls = process._ResultItem
    orig = cls.__init__

    def __init__(self, *a, **kw):
        orig(self, *a, **kw)
        future, _state["future"] = _state["future"], 0
        if future:
            try:
                rec.record("task_end", future, line=0)
            except Exception as e:
                rec.fail(e)

    cls.__init__ = __init__
    _state["rec"] = rec
