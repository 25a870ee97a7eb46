"""multiprocessing.process on the simulator: the process classes (BaseProcess, Process and the
start methods' SpawnProcess, ForkProcess, ForkServerProcess), current_process, parent_process,
active_children."""

import os as _os
import sys as _sys
import _mpsim
from multiprocessing.context import get_start_method

_current_process = None
_children = []

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


# CPython's multiprocessing.context has the process classes too (its Process is the default
# context's); they keep this module's name, which pickling looks them up by.
from multiprocessing import context as _context
_context.Process = Process
_context.SpawnProcess = SpawnProcess
_context.ForkProcess = ForkProcess
_context.ForkServerProcess = ForkServerProcess
del _context
