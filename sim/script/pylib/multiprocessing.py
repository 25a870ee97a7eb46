"""multiprocessing on the simulator: every process it starts is a simulated process with an
interpreter of its own, drawn on the timeline as a process pool's workers are.

Has: cpu_count, current_process (named as CPython names them: MainProcess, Process-1,
SpawnProcess-2, SpawnPoolWorker-3, ...), parent_process, active_children, get_context('spawn',
'fork', 'forkserver') (a context also serves as ProcessPoolExecutor's mp_context), get_start_method,
set_start_method, get_all_start_methods; Process (target, args, kwargs, name, daemon, subclassing
with run(), start, join with a timeout, is_alive, exitcode, terminate, kill, close, pid, ident);
Queue, SimpleQueue, JoinableQueue, Event and Lock (shared with the processes that inherit them);
Manager (Manager() with dict, list, Event, Queue, Lock, Namespace); Pool (apply, apply_async, map, map_async,
imap, imap_unordered, starmap, starmap_async, close, join, terminate, with) and its AsyncResult
(get with a timeout, wait, ready, successful), a dead worker replaced, its task lost as in
CPython; ProcessError, TimeoutError; Pipe, Value, Array, RawValue, RawArray, Semaphore,
BoundedSemaphore, RLock, Condition, pool.ThreadPool.

The default start method is spawn (the child re-imports the main module as __mp_main__); fork copies
the parent's module-level data as it is at the fork (mp_fork.go says how far). Processes are
numbered as CPython numbers them: a child's own children are "Process-1:1", "Process-1:2", ...
A daemon process is terminated when the main module ends, as CPython's exit handler does.

Lacks: shared_memory, Barrier, BaseManager.register, connection.wait, a Queue's feeder-thread delay.
"""

import os as _os
import sys as _sys
import itertools as _itertools
import _mpsim

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count',
           'Queue', 'SimpleQueue', 'JoinableQueue', 'Event', 'Lock', 'Manager', 'Pool',
           'get_context', 'get_start_method', 'set_start_method', 'get_all_start_methods',
           'ProcessError', 'TimeoutError', 'BufferTooShort', 'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_start_method = None
_current_process = None
_children = []


def cpu_count():
    """The number of cores the simulation has."""
    return _mpsim.cpu_count()


def get_start_method(allow_none=False):
    """The start method processes are started with: 'spawn' unless set_start_method chose another."""
    if _start_method is None and allow_none:
        return None
    return _start_method or 'spawn'


def set_start_method(method, force=False):
    """Chooses the start method for the processes started from now on."""
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in ('spawn', 'fork', 'forkserver'):
        raise ValueError('cannot find context for %r' % (method,))
    _start_method = method


def get_all_start_methods():
    """The start methods there are (the simulator has all three of Linux's)."""
    return ['fork', 'spawn', 'forkserver']


def get_context(method=None):
    """The context of a start method: it has this module's functions and classes, and serves as
    ProcessPoolExecutor's mp_context."""
    if method is None:
        method = get_start_method()
    return _mpsim.context(method)


_exitcode_to_name = {-n: '-' + name for n, name in (
    (1, 'SIGHUP'), (2, 'SIGINT'), (3, 'SIGQUIT'), (4, 'SIGILL'), (5, 'SIGTRAP'), (6, 'SIGABRT'),
    (7, 'SIGBUS'), (8, 'SIGFPE'), (9, 'SIGKILL'), (10, 'SIGUSR1'), (11, 'SIGSEGV'), (12, 'SIGUSR2'),
    (13, 'SIGPIPE'), (14, 'SIGALRM'), (15, 'SIGTERM'))}


class BaseProcess:
    """A process that runs target(*args, **kwargs), or its run() method, once started."""

    _method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = type(self).__name__ + '-' + self.__dict__.setdefault('_identity', _mpsim.next_child())
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name if name is not None else count
        if name is not None and not isinstance(name, str):
            raise AssertionError('name must be a string')
        self._daemon = daemon if daemon is not None else current_process().daemon
        self._parent_pid = _os.getpid()
        self._parent_name = current_process().name
        self._popen = None
        self._closed = False

    def run(self):
        """The process's work: calls the target. Subclasses override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == _os.getpid(), \
            'can only start a process object created by current process'
        method = self._method or get_start_method()
        self._popen = _mpsim.start(self, self._name, method, self.daemon, self._identity)
        _children.append(self)

    def terminate(self):
        """Sends the process SIGTERM."""
        self._check_closed()
        if self._popen is not None:
            self._popen.signal(15)

    def kill(self):
        """Sends the process SIGKILL."""
        self._check_closed()
        if self._popen is not None:
            self._popen.signal(9)

    def join(self, timeout=None):
        """Waits until the process ends, or timeout seconds pass."""
        self._check_closed()
        assert self._parent_pid == _os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        self._popen.join(timeout)
        if self._popen.exitcode is not None and self in _children:
            _children.remove(self)

    def is_alive(self):
        """Whether the process has started and not ended."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == _os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        return self._popen.is_alive()

    def close(self):
        """Releases the process object; it must have ended."""
        if self._popen is not None and self._popen.exitcode is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemon or False

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemon = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return _os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.exitcode
            status = 'stopped' if exitcode is not None else 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current_process
        _current_process = self
        _children.clear()
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                _sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            _sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        return exitcode


class Process(BaseProcess):
    """A process started with the default start method."""


class SpawnProcess(BaseProcess):
    _method = 'spawn'


class ForkProcess(BaseProcess):
    _method = 'fork'


class ForkServerProcess(BaseProcess):
    _method = 'forkserver'


class _MainProcess(BaseProcess):
    def __init__(self, name, pid, parent):
        self._name = name
        self._pid = pid
        self._parent_pid = parent
        self._popen = None
        self._closed = False
        self._daemon = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    @property
    def ident(self):
        return self._pid

    pid = ident


def _context_attr(method, name):
    """What a context's attribute name is: this module's, bound to the context's start method."""
    if name == 'Process':
        return {'spawn': SpawnProcess, 'fork': ForkProcess, 'forkserver': ForkServerProcess}[method]
    if name == 'Manager':
        def Manager():
            m = SyncManager(ctx=get_context(method))
            m.start()
            return m
        return Manager
    if name == 'Pool':
        def Pool_(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
            return Pool(processes, initializer, initargs, maxtasksperchild, get_context(method))
        Pool_.__name__ = 'Pool'
        return Pool_
    return globals()[name]


def current_process():
    """The Process object of the running process."""
    global _current_process
    if _current_process is None:
        name, pid, main = _mpsim.process_info()
        cls = _MainProcess
        if not main:
            cls = {'Fork': ForkProcess, 'ForkServer': ForkServerProcess}.get(
                name.split('Process-')[0].split('PoolWorker-')[0], SpawnProcess)
            p = object.__new__(cls)
            _MainProcess.__init__(p, name, pid, _mpsim.main_pid())
        else:
            p = _MainProcess(name, pid, None)
        _current_process = p
    return _current_process


def parent_process():
    """The parent of the running process, None in the main process."""
    p = current_process()
    if p._parent_pid is None:
        return None
    return _MainProcess('MainProcess', p._parent_pid, None)


def active_children():
    """The children started and not yet ended (joining those that have)."""
    for p in list(_children):
        if p._popen is not None and p._popen.exitcode is not None:
            _children.remove(p)
    return list(_children)


def Queue(maxsize=0):
    """A queue shared with the processes that inherit it; items are pickled on the way."""
    return _mpsim.Queue(maxsize)


SimpleQueue = Queue
def JoinableQueue(maxsize=0): return _mpsim.JoinableQueue(maxsize)  # noqa: E704 (one line)


def Event():
    """An event shared with the processes that inherit it."""
    return _mpsim.Event()


def Lock():
    """A lock shared with the processes that inherit it."""
    return _mpsim.Lock()


# Managers.

class BaseProxy:
    """A proxy of an object a Manager's server process holds: each method call is a request to it."""

    def __init__(self, token):
        self._token = token

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._token.call(methodname, args, kwds)

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _exposed(cls, names):
    def method(name):
        def call(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        call.__name__ = name
        return call
    for name in names:
        setattr(cls, name, method(name))
    return cls


class DictProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('keys'))


class ListProxy(BaseProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


class EventProxy(BaseProxy):
    pass


class AcquirerProxy(BaseProxy):
    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class AutoQueueProxy(BaseProxy):
    pass


_exposed(DictProxy, ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                     'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                     'update', 'values'))
_exposed(ListProxy, ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                     '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend',
                     'index', 'insert', 'pop', 'remove', 'reverse', 'sort'))
_exposed(EventProxy, ('is_set', 'set', 'clear', 'wait'))
_exposed(AcquirerProxy, ('acquire', 'release'))
_exposed(AutoQueueProxy, ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait',
                          'qsize', 'task_done'))
AutoQueueProxy.__name__ = 'AutoProxy[Queue]'


class SyncManager:
    """A Manager: a server process holding shared objects, handed out as proxies."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._method = ctx.get_start_method() if ctx is not None else get_start_method()
        self._handle = None
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        """Starts the server process and waits until it serves."""
        if self._state != 'initial':
            raise ProcessError('Already started server' if self._state == 'started'
                               else 'Manager has shut down')
        name = _mpsim.child_name(type(self).__name__ + '-')
        self._handle = _mpsim.manager_start(name, self._method)
        self._state = 'started'

    def _check(self):
        if self._state != 'started':
            raise AssertionError('server not yet started')

    def _create(self, cls, typeid, args, kwds):
        self._check()
        return cls(self._handle.create(typeid, args, kwds))

    def dict(self, *args, **kwds):
        return self._create(DictProxy, 'dict', args, kwds)

    def list(self, *args, **kwds):
        return self._create(ListProxy, 'list', args, kwds)

    def Event(self):
        return self._create(EventProxy, 'Event', (), {})

    def Lock(self):
        return self._create(AcquirerProxy, 'Lock', (), {})

    def Queue(self, maxsize=0):
        return self._create(AutoQueueProxy, 'Queue', (maxsize,), {})

    JoinableQueue = Queue

    def shutdown(self):
        """Stops the server process."""
        if self._state == 'started':
            self._handle.shutdown()
            self._state = 'shutdown'

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def Manager():
    """A started SyncManager."""
    m = SyncManager()
    m.start()
    return m


# Pools.

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


# Pipes and shared memory (appended here so that the lines above, which traces name, stay put).

def Pipe(duplex=True):
    """Two connected Connection ends: (receiving, sending) when duplex is false."""
    return _mpsim.Pipe(duplex)


class Synchronized:
    """A Value: one number in memory the processes that inherit it share, with a lock."""

    def __init__(self, cells, typecode):
        self._cells = cells
        self._typecode = typecode

    @property
    def value(self):
        return self._cells.get(0)

    @value.setter
    def value(self, v):
        self._cells.set(0, v)

    def get_lock(self):
        return self._cells.lock()

    def acquire(self, *args):
        return self._cells.lock().acquire(*args)

    def release(self):
        return self._cells.lock().release()

    def __enter__(self):
        return self._cells.lock().__enter__()

    def __exit__(self, *args):
        return self._cells.lock().__exit__(*args)

    def __repr__(self):
        return '<%s wrapper for %s(%r)>' % (type(self).__name__, _ctypes_names[self._typecode],
                                            self.value)


class SynchronizedArray(Synchronized):
    """An Array: numbers in memory the processes that inherit it share, with a lock."""

    def __len__(self):
        return self._cells.size()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._cells.all()[i]
        return self._cells.get(i)

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(len(self)))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(indices, values):
                self._cells.set(j, v)
            return
        self._cells.set(i, value)

    def __iter__(self):
        return iter(self._cells.all())

    def __repr__(self):
        return '<SynchronizedArray wrapper for <multiprocessing.sharedctypes.%s_Array_%d object>>' % (
            _ctypes_names[self._typecode], len(self))


_ctypes_names = {'i': 'c_int', 'l': 'c_long', 'q': 'c_longlong', 'b': 'c_byte', 'h': 'c_short',
                 'I': 'c_uint', 'L': 'c_ulong', 'Q': 'c_ulonglong', 'B': 'c_ubyte', 'H': 'c_ushort',
                 'd': 'c_double', 'f': 'c_float'}


def Value(typecode_or_type, *args, lock=True):
    """A number shared with the processes that inherit it: Value('i', 0), Value('d', 1.5)."""
    init = args[0] if args else (0.0 if typecode_or_type in ('d', 'f') else 0)
    return Synchronized(_mpsim.cells(typecode_or_type, [init], 'Synchronized'), typecode_or_type)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """Numbers shared with the processes that inherit them: Array('i', 10), Array('d', [1.0, 2.0])."""
    if isinstance(size_or_initializer, int):
        zero = 0.0 if typecode_or_type in ('d', 'f') else 0
        size_or_initializer = [zero] * size_or_initializer
    return SynchronizedArray(_mpsim.cells(typecode_or_type, size_or_initializer, 'SynchronizedArray'),
                             typecode_or_type)


RawValue = Value
RawArray = Array


def Semaphore(value=1):
    """A semaphore shared with the processes that inherit it."""
    return _mpsim.Semaphore(value, False)


def BoundedSemaphore(value=1):
    """A semaphore that cannot be released above its initial value, shared by inheritance."""
    return _mpsim.Semaphore(value, True)


def _manager_acquirer(typeid):
    def make(self, *args):
        return self._create(AcquirerProxy, typeid, args, {})
    make.__name__ = typeid
    return make


for _typeid in ('Semaphore', 'BoundedSemaphore', 'RLock'):
    setattr(SyncManager, _typeid, _manager_acquirer(_typeid))
del _typeid


class Namespace:
    """What a Manager's Namespace() holds in its server: attributes, and a repr that lists them."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = ['%s=%r' % (name, value) for name, value in self.__dict__.items()
                if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    """A proxy whose attributes are the Namespace's in the server."""

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


def _manager_namespace(self, **kwds):
    return self._create(NamespaceProxy, 'Namespace', (), kwds)


SyncManager.Namespace = _manager_namespace


def RLock():
    """A lock its owner thread may take again, shared with the processes that inherit it."""
    return _mpsim.RLock()


def Condition(lock=None):
    """A condition variable over an RLock, shared with the processes that inherit it."""
    return _mpsim.Condition(lock)


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
