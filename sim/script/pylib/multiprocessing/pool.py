"""multiprocessing.pool on the simulator: Pool (worker processes, drawn on the timeline as a
process pool's), its AsyncResult and IMapIterator, ThreadPool."""

import os as _os
import itertools as _itertools
import _mpsim
from multiprocessing.context import TimeoutError, get_start_method


class RemoteTraceback(Exception):
    """The cause of a task's exception: the worker's traceback, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _result(f):
    """f's result, or its exception raised with a RemoteTraceback cause, as a Pool raises it."""
    exc = f.exception()
    if exc is None:
        return f.result()
    cause = exc.__cause__
    if cause is not None and type(cause).__name__ == '_RemoteTraceback':
        exc.__cause__ = RemoteTraceback(str(cause))
    raise exc


def _mapstar(args):
    return list(map(*args))


def _starmapstar(args):
    return list(_itertools.starmap(args[0], args[1]))


class AsyncResult:
    """The result of a Pool's apply_async, map_async or starmap_async."""

    def __init__(self, futures, single, callback=None, error_callback=None):
        self._futures = futures
        self._single = single
        state = {'left': len(futures), 'fired': False}

        def done(f):
            state['left'] -= 1
            if state['fired']:
                return
            exc = f.exception()
            if exc is not None:
                state['fired'] = True
                if error_callback is not None:
                    error_callback(exc)
            elif state['left'] == 0:
                state['fired'] = True
                if callback is not None:
                    callback(self._value())
        if callback is not None or error_callback is not None:
            for f in futures:
                f.add_done_callback(done)

    def _error(self):
        for f in self._futures:
            if f.done() and f.exception() is not None:
                return f.exception()
        return None

    def _value(self):
        if self._single:
            return _result(self._futures[0])
        out = []
        for f in self._futures:
            out.extend(_result(f))
        return out

    def ready(self):
        """Whether the call has finished (or failed)."""
        return all(f.done() for f in self._futures) or self._error() is not None

    def successful(self):
        """Whether the call finished without an exception; ValueError if it has not finished."""
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._error() is None

    def wait(self, timeout=None):
        """Waits until the call has finished, or timeout seconds pass."""
        from concurrent.futures import wait, FIRST_EXCEPTION
        wait(self._futures, timeout, FIRST_EXCEPTION)

    def get(self, timeout=None):
        """The call's result; its exception is raised; multiprocessing.TimeoutError after timeout."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        for f in self._futures:
            if f.done() and f.exception() is not None:
                _result(f)
        return self._value()


ApplyResult = AsyncResult
MapResult = AsyncResult


class IMapIterator:
    """The iterator Pool.imap and imap_unordered return."""

    def __init__(self, futures, ordered):
        self._futures = futures
        self._items = []
        self._next = None
        if ordered:
            self._order = iter(futures)
        else:
            from concurrent.futures import as_completed
            self._order = as_completed(futures)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._items:
            if self._next is None:
                self._next = next(self._order)
            f = self._next
            if timeout is not None and not f.done():
                from concurrent.futures import wait
                wait([f], timeout)
                if not f.done():
                    raise TimeoutError
            self._next = None
            self._items = list(_result(f))
        return self._items.pop(0)

    __next__ = next


class Pool:
    """A pool of worker processes, all started at once."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        method = context.get_start_method() if context is not None else get_start_method()
        self._processes = processes
        self._state = 'RUN'
        self._ex = _mpsim.pool(processes, method, initializer, initargs, maxtasksperchild)

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % ('multiprocessing.pool', type(self).__qualname__,
                                                  self._state, self._processes)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker, waited for."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) in a worker: an AsyncResult."""
        self._check_running()
        f = self._ex.submit(func, *args, **kwds)
        return AsyncResult([f], True, callback, error_callback)

    def _chunks(self, func, iterable, chunksize, mapper):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        items = list(iterable)
        futures = []
        for i in range(0, len(items), max(chunksize, 1)):
            futures.append(self._ex.submit(mapper, (func, tuple(items[i:i + chunksize]))))
        return futures

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed in the workers chunksize items a task."""
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return AsyncResult(self._chunks(func, iterable, chunksize, _mapstar), False, callback,
                           error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], in the workers."""
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return AsyncResult(self._chunks(func, iterable, chunksize, _starmapstar), False, callback,
                           error_callback)

    def imap(self, func, iterable, chunksize=1):
        """The results of func over iterable, in order, as they come."""
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return IMapIterator(self._chunks(func, iterable, chunksize, _mapstar), True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """The results of func over iterable, in the order the workers finish them."""
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return IMapIterator(self._chunks(func, iterable, chunksize, _mapstar), False)

    def close(self):
        """No more tasks: the workers exit once the queued ones are done."""
        if self._state == 'RUN':
            self._state = 'CLOSE'
            self._ex.shutdown(wait=False)

    def terminate(self):
        """Stops the workers at once; outstanding work is lost."""
        if self._state != 'TERMINATE':
            self._state = 'TERMINATE'
            self._ex.terminate_workers()

    def join(self):
        """Waits for the workers to exit, after close() or terminate()."""
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        if self._state == 'CLOSE':
            self._ex.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: Pool's interface over threads of this process (a
    ThreadPoolExecutor on the timeline; its threads are named as that executor names them)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        from concurrent.futures import ThreadPoolExecutor
        self._processes = processes
        self._state = 'RUN'
        self._ex = ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)

    def terminate(self):
        """Stops taking work: threads cannot be killed, so the running calls finish."""
        if self._state != 'TERMINATE':
            self._state = 'TERMINATE'
            self._ex.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        self._ex.shutdown(wait=True)
