"""multiprocessing.context on the simulator: the errors, the start methods and get_context (a
context also serves as ProcessPoolExecutor's mp_context)."""

import _mpsim


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_start_method = None


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
