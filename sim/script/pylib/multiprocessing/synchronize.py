"""multiprocessing.synchronize on the simulator: Event, Lock, RLock, Condition, Semaphore and
BoundedSemaphore, shared with the processes that inherit them."""

import _mpsim


def Event():
    """An event shared with the processes that inherit it."""
    return _mpsim.Event()


def Lock():
    """A lock shared with the processes that inherit it."""
    return _mpsim.Lock()


def Semaphore(value=1):
    """A semaphore shared with the processes that inherit it."""
    return _mpsim.Semaphore(value, False)


def BoundedSemaphore(value=1):
    """A semaphore that cannot be released above its initial value, shared by inheritance."""
    return _mpsim.Semaphore(value, True)


def RLock():
    """A lock its owner thread may take again, shared with the processes that inherit it."""
    return _mpsim.RLock()


def Condition(lock=None):
    """A condition variable over an RLock, shared with the processes that inherit it."""
    return _mpsim.Condition(lock)
