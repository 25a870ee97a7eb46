"""signal on the simulator: the Linux signals as CPython 3.13 names them.

Has: Signals, Handlers and Sigmasks (enums, their members also at module level: SIGINT, SIGTERM,
SIG_DFL, SIG_IGN, SIG_BLOCK, ...), NSIG, strsignal, valid_signals, getsignal, signal (SIG_IGN,
SIG_DFL, default_int_handler or a function), default_int_handler, raise_signal.

os.kill reads the handlers set here: a process that ignores SIGTERM or SIGINT is not stopped by it,
SIGINT's default handler raises KeyboardInterrupt, and a Python handler runs, in the main thread of
the process signalled: at once when the main thread signals its own process (os.kill(os.getpid(),
...) or raise_signal), else at that main thread's next instruction, or in the middle of the blocking
wait it is in: time.sleep, Lock/RLock.acquire, Event.wait, Condition.wait, Semaphore.acquire,
Barrier.wait, Thread.join, Queue.get/put/join, SimpleQueue.get, Future.result/exception, wait,
as_completed, and multiprocessing's Process.join, Queue.get, Event.wait and Lock.acquire. The
handler's exception (KeyboardInterrupt) comes out of the wait; if the handler returns, the wait
goes on for the time left (PEP 475).

Lacks: cutting short the waits the simulator does for the script (an executor's shutdown, a Pool's
results, Executor.map's results, a Pipe's recv: the handler runs when they return; an idle process
pool worker waiting for a task so never sees a SIGINT), the frame argument (None), alarm,
setitimer, pause, pthread_kill, pthread_sigmask, sigwait, set_wakeup_fd, siginterrupt.
"""

import enum as _enum

_Signals = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6, 'SIGIOT': 6,
    'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12,
    'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17, 'SIGCLD': 17,
    'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23,
    'SIGXCPU': 24, 'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29,
    'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}



class Signals(_enum.IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_enum.IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_enum.IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _name in _Signals:
    globals()[_name] = getattr(Signals, _name)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
del _name


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: it raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN

_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def strsignal(signalnum, /):
    """The system's description of a signal, None for an unknown one."""
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return _descriptions.get(signalnum)


def valid_signals():
    """The signal numbers a process can be sent."""
    return {Signals(n) if n in Signals._value2member_map_ else n for n in range(1, NSIG)
            if n not in (32, 33)}


def getsignal(signalnum, /):
    """The handler of a signal: SIG_DFL, SIG_IGN or default_int_handler."""
    return _handlers[_check(signalnum)]


def signal(signalnum, handler, /):
    """Sets the handler of a signal and returns the previous one: SIG_IGN, SIG_DFL, or a function
    called with the signal's number and None for the frame, in the main thread."""
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    signalnum = _check(signalnum)
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def raise_signal(signalnum, /):
    """Sends a signal to the running process."""
    import os
    os.kill(os.getpid(), signalnum)
