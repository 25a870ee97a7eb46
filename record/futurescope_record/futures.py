"""Hooks into concurrent.futures: what its futures, executors, wait and as_completed did.

The hooks call the original code and record around it. Where a wrapper would add a frame to a
traceback the script prints (a done-callback that raises, logged by Future._invoke_callbacks), the
replacement is compiled as if it stood in concurrent/futures/_base.py at the original's lines, so the
traceback reads as CPython's. Results and exceptions are recorded by their repr, cut to 200 characters.
"""

import concurrent.futures as cf
import inspect
import sys
import threading
from concurrent.futures import _base, process, thread

BASE_FILE = _base.__file__
_DONE = (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
_CUT = 200


def short_repr(v):
    """repr(v), cut to _CUT characters; never raises."""
    try:
        r = repr(v)
    except Exception as e:  # a broken __repr__ is the script's business, not the trace's
        r = "<repr failed: %s>" % type(e).__name__
    return r if len(r) <= _CUT else r[:_CUT - 3] + "..."


def exc_text(e):
    """An exception as the trace states it: "ValueError: boom", or "ValueError"."""
    try:
        msg = str(e)
    except Exception:
        msg = ""
    name = type(e).__name__
    return name + ": " + msg if msg else name


def install(rec, safe):
    """Patches concurrent.futures for rec. safe(fn, *args) runs recording code, never raising."""
    F = _base.Future

    def fid(f):
        i = f.__dict__.get("_fsr_id")
        if i is None:
            with rec.lock:
                i = rec.next_future
                rec.next_future += 1
            f._fsr_id = i
        return i

    orig_init = F.__init__

    class Condition(threading.Condition):
        """A future's condition that records result() and exception() blocking on it. The wait
        is the only call of theirs wrapped: their own errors (CancelledError, TimeoutError) are
        raised by them, after it returns, so their tracebacks are unchanged."""

        def wait(self, timeout=None):
            caller = sys._getframe(1).f_code.co_name  # "result" or "exception"
            fut = self._fsr_future
            safe(rec.record, "call_start", fut, name=caller, args="timeout=%r" % (timeout,) if timeout is not None else "")
            r = threading.Condition.wait(self, timeout)
            if not r:
                safe(rec.record, "timeout", fut, name=caller, value="TimeoutError")
            safe(rec.record, "call_end", fut, name=caller, value="" if r else "TimeoutError")
            return r

    def __init__(self, *a, **kw):
        orig_init(self, *a, **kw)

        def made():
            self._fsr_ev = rec.record("future_create", fid(self))
            cond = Condition()
            cond._fsr_future = fid(self)
            self._condition = cond
        safe(made)

    F.__init__ = __init__

    def executor_id(ex, before=None):
        """Returns ex's id, recording executor_create (just before the event before) the first time."""
        i = ex.__dict__.get("_fsr_id")
        if i is None:
            with rec.lock:
                i = rec.next_executor
                rec.next_executor += 1
            ex._fsr_id = i
            name, args = type(ex).__name__, "max_workers=%s" % (getattr(ex, "_max_workers", None) or getattr(ex, "_processes", "?"))
            if before is not None:
                rec.insert_before(before, "executor_create", i, name, args)
            else:
                rec.record("executor_create", target=i, name=name, args=args)
        return i

    def work_item(pool, frame_up):
        def created(item, future, fn):
            import sys
            frame = sys._getframe(frame_up)
            ex = frame.f_locals.get("self")  # the executor whose submit made the item
            ev = future.__dict__.get("_fsr_ev")
            target = executor_id(ex, ev) if isinstance(ex, cf.Executor) else 0
            if ev is not None:
                ev[5], ev[6], ev[7] = target, getattr(fn, "__name__", type(fn).__name__), short_repr(item.args)
                ev[9] = rec.line()
            future._fsr_pool = pool
            rec.record("future_queued", fid(future), name="work_queue")
        return created

    for mod, pool in ((thread, "thread"), (process, "process")):
        cls = mod._WorkItem
        hook = work_item(pool, 3)
        orig = cls.__init__

        def item_init(self, future, fn, args, kwargs, _orig=orig, _hook=hook, _pool=pool):
            _orig(self, future, fn, args, kwargs)
            safe(_hook, self, future, fn)
            if _pool == "process" and rec.enabled:
                from .worker import Task
                self.fn = Task(fn, future.__dict__.get("_fsr_id", 0))

        cls.__init__ = item_init

    orig_running = F.set_running_or_notify_cancel

    def set_running_or_notify_cancel(self):
        r = orig_running(self)

        def rec_running():
            i = fid(self)
            if r:
                rec.record("future_running", i)
                if self.__dict__.get("_fsr_pool") == "thread":
                    rec.record("task_start", i)
                    self._fsr_thread = rec.thread_id()
            else:
                rec.record("future_notified", i)
        safe(rec_running)
        return r

    F.set_running_or_notify_cancel = set_running_or_notify_cancel

    orig_cancel = F.cancel

    def cancel(self):
        evs = safe(lambda: [rec.record("future_cancel", fid(self)),
                            rec.record("future_cancelled", fid(self)) if self._state == _base.PENDING else None])
        r = orig_cancel(self)

        def fill():
            if evs[0] is not None:
                evs[0][8] = str(r)
            if evs[1] is not None and not r:
                evs[1][1] = ""  # not cancelled after all: dropped when the trace is written
        if evs:
            safe(fill)
        return r

    F.cancel = cancel

    def finished(self):
        """Records the transition _invoke_callbacks follows: FINISHED, or CANCELLED (cancel records that)."""
        if self._state != _base.FINISHED:
            return
        i = fid(self)
        if self.__dict__.get("_fsr_pool") == "thread" and self.__dict__.get("_fsr_thread") == rec.thread_id():
            rec.record("task_end", i)
        if self._exception is not None:
            rec.record("future_finish", i, name="raised", value=exc_text(self._exception))
        else:
            rec.record("future_finish", i, name="returned", value=short_repr(self._result))

    def cb_start(f, cb):
        rec.record("callback_start", fid(f), name=getattr(cb, "__name__", type(cb).__name__))

    def cb_end(f, cb, exc):
        rec.record("callback_end", fid(f), name=getattr(cb, "__name__", type(cb).__name__),
                   value=exc_text(exc) if exc is not None else "")

    F._invoke_callbacks = _invoke_callbacks_like_base(
        lambda f: safe(finished, f), lambda f, cb: safe(cb_start, f, cb), lambda f, cb, e: safe(cb_end, f, cb, e))

    orig_wait = _base.wait

    def wait(fs, timeout=None, return_when=_base.ALL_COMPLETED):
        args = "return_when=%s" % return_when + (", timeout=%r" % (timeout,) if timeout is not None else "")
        safe(rec.record, "call_start", name="wait", args=args)
        r = orig_wait(fs, timeout, return_when)

        def returned():
            if timeout is not None and r.not_done and not (
                    return_when == _base.FIRST_COMPLETED and r.done or
                    return_when == _base.FIRST_EXCEPTION and any(
                        not f.cancelled() and f.exception(0) is not None for f in r.done)):
                rec.record("timeout", name="wait")
            rec.record("call_end", name="wait", value="done=%d not_done=%d" % (len(r.done), len(r.not_done)),
                       args=" ".join(str(fid(f)) for f in sorted(r.done, key=fid)))
        safe(returned)
        return r

    _base.wait = cf.wait = wait

    orig_as_completed = _base.as_completed

    def as_completed(fs, timeout=None):
        safe(rec.record, "call_start", name="as_completed", args="timeout=%r" % (timeout,) if timeout is not None else "")

        def yielded(f):
            safe(lambda: rec.record("yield", fid(f)))
            return f
        # map is written in C: a TimeoutError from as_completed's generator reaches the script with the
        # same traceback as without the recorder.
        return map(yielded, orig_as_completed(fs, timeout))

    _base.as_completed = cf.as_completed = as_completed

    for cls in (thread.ThreadPoolExecutor, process.ProcessPoolExecutor):
        orig_shutdown = cls.shutdown

        def shutdown(self, wait=True, *, cancel_futures=False, _orig=orig_shutdown):
            args = "wait=%s, cancel_futures=%s" % (wait, cancel_futures)
            safe(lambda: [rec.record("executor_shutdown", target=executor_id(self), args=args),
                          rec.record("call_start", name="shutdown", args=args)])
            r = _orig(self, wait, cancel_futures=cancel_futures)
            safe(rec.record, "call_end", name="shutdown")
            return r

        cls.shutdown = shutdown
    return executor_id


_CALLBACKS_SRC = '''
class _Holder:
    def _invoke_callbacks(self):
        _fsr_finished(self)
        for callback in self._done_callbacks:
            _fsr_start(self, callback)
            try:
                callback(self)
            except Exception as _fsr_e:
                _fsr_end(self, callback, _fsr_e)
                LOGGER.exception('exception calling callback for %r', self)
            else:
                _fsr_end(self, callback, None)
'''


def _invoke_callbacks_like_base(finished, start, end):
    """Returns Future._invoke_callbacks with hooks, compiled so that its callback(self) line has the
    file name, line number and column of the original's: a callback's logged traceback is unchanged."""
    orig = _base.Future._invoke_callbacks
    src_lines, first = inspect.getsourcelines(orig)
    call_line = next(first + i for i, l in enumerate(src_lines) if l.strip() == "callback(self)")
    body = _CALLBACKS_SRC.lstrip("\n").split("\n")
    at = next(i for i, l in enumerate(body) if l.strip() == "callback(self)")
    pad = call_line - 1 - at
    if pad < 0:
        raise RuntimeError("futurescope_record: cannot place _invoke_callbacks")
    code = compile("\n" * pad + "\n".join(body), _base.__file__, "exec")
    ns = {"LOGGER": _base.LOGGER, "_fsr_finished": finished, "_fsr_start": start, "_fsr_end": end}
    exec(code, ns)
    return ns["_Holder"]._invoke_callbacks
