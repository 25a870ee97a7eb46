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

from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
                                     cpu_count, get_start_method, set_start_method,
                                     get_all_start_methods, get_context)
from multiprocessing.process import (BaseProcess, Process, SpawnProcess, ForkProcess,
                                     ForkServerProcess, current_process, parent_process,
                                     active_children)
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.synchronize import Event, Lock, RLock, Condition, Semaphore, BoundedSemaphore
from multiprocessing.managers import SyncManager, Manager
from multiprocessing.pool import Pool
from multiprocessing.connection import Pipe
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count',
           'Queue', 'SimpleQueue', 'JoinableQueue', 'Event', 'Lock', 'Manager', 'Pool',
           'get_context', 'get_start_method', 'set_start_method', 'get_all_start_methods',
           'ProcessError', 'TimeoutError', 'BufferTooShort', 'AuthenticationError']


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
