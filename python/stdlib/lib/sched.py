"""A general purpose event scheduler, on the clock and sleep it is given
(time.monotonic and time.sleep by default: virtual time on the simulator).

Has: scheduler (enterabs, enter, cancel, empty, run with blocking, queue),
Event. Lacks: the lock CPython takes around the queue (threads may share a
scheduler as in CPython only if they do not run it at once).
"""

import heapq
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__doc__ = 'An event: time, priority, sequence, action, argument, kwargs'

_sentinel = object()


def _monotonic():
    import time
    return time.monotonic()


def _sleep(seconds):
    import time
    time.sleep(seconds)


class scheduler:
    def __init__(self, timefunc=None, delayfunc=None):
        self._queue = []
        self.timefunc = timefunc if timefunc is not None else _monotonic
        self.delayfunc = delayfunc if delayfunc is not None else _sleep
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            if not q:
                break
            (time, priority, sequence, action, argument, kwargs) = q[0]
            now = timefunc()
            if time > now:
                delay = True
            else:
                delay = False
                pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
