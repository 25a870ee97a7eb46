"""multiprocessing.queues on the simulator: Queue, SimpleQueue and JoinableQueue, shared with the
processes that inherit them; items are pickled on the way."""

import _mpsim


def Queue(maxsize=0):
    """A queue shared with the processes that inherit it; items are pickled on the way."""
    return _mpsim.Queue(maxsize)


SimpleQueue = Queue
def JoinableQueue(maxsize=0): return _mpsim.JoinableQueue(maxsize)  # noqa: E704 (one line)
