"""Hooks into multiprocessing.pool: each task a Pool sends to its workers is recorded as a future, as
the simulation models it (made when the pool's task thread sends it, running in a worker, finished
when its result comes back).

A task's function travels wrapped in worker.Task, which unpickles in the worker as the function
itself after recording task_start, so the worker calls it with no extra frame. A ThreadPool's tasks
are not wrapped (its workers call the function in this process); they are recorded made and finished.
"""

from multiprocessing import pool as mpool


def install(rec, safe, executor_id):
    """Patches multiprocessing.pool for rec; executor_id(pool) gives a pool's id, recording it once."""
    jobs = {}  # (job, index) -> future id
    from .worker import patch_simple_queue
    patch_simple_queue()

    orig_setup = mpool.Pool._setup_queues

    def _setup_queues(self):
        orig_setup(self)
        put = self._quick_put
        threads = isinstance(self, mpool.ThreadPool)

        def quick_put(task):
            if task is not None and rec.enabled:
                task = safe(made, self, task, threads) or task
            return put(task)

        self._quick_put = quick_put

    def made(p, task, threads):
        job, i, func, args, kwds = task
        with rec.lock:
            fid = rec.next_future
            rec.next_future += 1
        jobs[(job, i)] = fid
        target = executor_id(p)
        shown, shown_args = func, args
        if func in (mpool.mapstar, mpool.starmapstar) and len(args) == 1:  # map's chunks: (fn, items)
            shown, shown_args = args[0][0], tuple(args[0][1])
        name = getattr(shown, "__name__", type(shown).__name__)
        rec.record("future_create", fid, target=target, name=name, args=_short(shown_args), line=0)
        rec.record("future_queued", fid, name="work_queue", line=0)
        if threads:
            return None
        from .worker import Task
        return (job, i, Task(func, fid, "pool"), args, kwds)

    mpool.Pool._setup_queues = _setup_queues

    def finished(result, i, obj):
        fid = jobs.pop((result._job, i), 0)
        if not fid:
            return
        ok, value = obj
        if ok:
            rec.record("future_finish", fid, name="returned", value=_short(value), line=0)
        else:
            from .futures import exc_text
            rec.record("future_finish", fid, name="raised", value=exc_text(value), line=0)

    for cls in (mpool.ApplyResult, mpool.MapResult, mpool.IMapIterator, mpool.IMapUnorderedIterator):
        if "_set" not in cls.__dict__:
            continue
        orig = cls.__dict__["_set"]

        def _set(self, i, obj, _orig=orig):
            if jobs:
                safe(finished, self, i, obj)
            return _orig(self, i, obj)

        cls._set = _set


def _short(v):
    from .futures import short_repr
    return short_repr(v)
