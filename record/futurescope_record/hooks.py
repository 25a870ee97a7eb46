"""Installs the recorder's hooks in this process: concurrent.futures (futures.py), threading, time,
print and multiprocessing. One recorder a process; current() returns it."""

import builtins
import multiprocessing.process as mpp
import os
import sys
import threading
import time

from . import clock, futures, pool, recorder

_current = []  # the process's recorder, once one is installed


def current():
    """Returns this process's recorder, or None."""
    return _current[0] if _current else None


def start_main(script, folder):
    """Makes the main process's recorder and installs every hook; returns the recorder."""
    t0 = clock.now()
    os.environ[clock.ENV_T0] = str(t0)
    os.environ[clock.ENV_DIR] = folder
    os.environ[clock.ENV_SCRIPT] = script
    rec = recorder.Recorder(t0, folder, script)
    rec.procs[os.getpid()] = 1
    rec.record("process_start", target=os.getpid(), name="MainProcess", thread=0, line=0)
    rec.thread_id()
    _install(rec)
    _calibrate(rec)
    os.environ[ENV_COSTS] = "%d %d" % (rec.hook_call_ns, rec.sample_ns)
    return rec


ENV_COSTS = "FUTURESCOPE_RECORD_COSTS"  # the parent's calibration, for the workers it spawns


_CALIBRATION_CALLS = 4000


def _calibrate(rec):
    """Measures, through safe, calls of a function doing nothing: sets rec.hook_call_ns, what a hook
    call costs beside its work (the call, the counting, the sampling's clock readings shared out),
    from the fastest of a few batches in wall time, and rec.sample_ns, what a timed call of nothing
    reads on the CPU clock. The batches are then taken back out of the thread's counters."""
    c = rec.cost()
    saved = list(c)
    safe = rec.safe
    best = None
    for _ in range(5):
        t = clock.now()
        for _ in range(_CALIBRATION_CALLS):
            safe(_nothing)
        d = (clock.now() - t) // _CALIBRATION_CALLS
        best = d if best is None else min(best, d)
    rec.sample_ns = (c[0] - saved[0]) // max(c[2] - saved[2], 1)
    rec.hook_call_ns = max(best, 0)
    c[:3] = saved[:3]


def _nothing():
    return None


def start_worker(t0, folder, script):
    """Makes a spawned worker process's recorder and installs the hooks it needs."""
    rec = recorder.Recorder(t0, folder, script, child=True)
    _install(rec)
    try:  # the same CPython as the parent's: its calibration holds
        rec.hook_call_ns, rec.sample_ns = (int(v) for v in os.environ[ENV_COSTS].split())
    except (KeyError, ValueError):
        _calibrate(rec)
    return rec


def _install(rec):
    _current.append(rec)

    cpu = time.thread_time_ns
    cost = rec.cost
    gaps = recorder.SAMPLE_GAPS

    def safe(fn, *args, **kwargs):
        """Runs recording code, never raising, counting the call in the thread's cost and timing
        one call in about sixteen in the thread's CPU time (a CPU clock costs too much to read at
        every call; uneven gaps so that no one hook's calls are always the ones timed)."""
        if not rec.enabled:
            return None
        c = cost()
        c[1] += 1
        c[3] -= 1
        if c[3] > 0:
            try:
                return fn(*args, **kwargs)
            except Exception as e:
                rec.fail(e)
                return None
        c[4] = (c[4] + 1) % len(gaps)
        c[3] = gaps[c[4]]
        t = cpu()
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            rec.fail(e)
            return None
        finally:
            c[0] += cpu() - t
            c[2] += 1

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=rec.after_fork)
    rec.safe = safe
    executor_id = futures.install(rec, safe)
    pool.install(rec, safe, executor_id)
    _threading(rec, safe)
    _sleep(rec, safe)
    _print(rec, safe)
    _processes(rec, safe)
    import multiprocessing.util as mpu
    from . import worker
    if rec.child:  # a spawned worker
        mpu.Finalize(None, worker.at_exit, exitpriority=100)
    else:  # a forked one, after multiprocessing clears the finalizers it inherited
        mpu.register_after_fork(rec, lambda r: mpu.Finalize(None, worker.at_exit, exitpriority=100))


def _threading(rec, safe):
    T = threading.Thread
    orig_boot = T._bootstrap_inner

    def _bootstrap_inner(self):
        safe(rec.thread_id, self.name)
        try:
            orig_boot(self)
        finally:
            safe(rec.record, "thread_exit")

    T._bootstrap_inner = _bootstrap_inner

    orig_join = T.join

    def join(self, timeout=None):
        blocking = safe(lambda: self.is_alive() and rec.record("call_start", name="join", args=self.name))
        orig_join(self, timeout)
        if blocking:
            safe(rec.record, "call_end", name="join", value=str(not self.is_alive()))

    T.join = join

    orig_wait = threading.Event.wait

    def wait(self, timeout=None):
        # Only the script's own waits: threading and concurrent.futures wait on events inside.
        caller = sys._getframe(1).f_code
        mine = caller.co_filename == rec.script
        if mine:
            safe(rec.record, "call_start", name="event_wait", args="timeout=%r" % (timeout,) if timeout is not None else "")
        r = orig_wait(self, timeout)
        if mine:
            safe(rec.record, "call_end", name="event_wait", value=str(r))
        elif not r and caller.co_name == "as_completed" and caller.co_filename == futures.BASE_FILE:
            # as_completed raises TimeoutError next: its own call ends here.
            safe(rec.record, "timeout", name="as_completed", value="TimeoutError")
            safe(rec.record, "call_end", name="as_completed", value="TimeoutError")
        return r

    threading.Event.wait = wait


def _sleep(rec, safe):
    orig = time.sleep

    def sleep(secs):
        safe(rec.record, "call_start", name="sleep", args=repr(secs))
        orig(secs)
        safe(rec.record, "call_end", name="sleep")

    time.sleep = sleep


def _print(rec, safe):
    orig = builtins.print
    partial = {}  # thread id -> text printed without a newline yet

    def lines(args, sep, end):
        tid = rec.thread_id()
        text = partial.pop(tid, "") + (" " if sep is None else sep).join(str(a) for a in args) + ("\n" if end is None else end)
        *done, rest = text.split("\n")
        if rest:
            partial[tid] = rest
        for line in done:
            rec.record("print", value=line)

    def print(*args, sep=" ", end="\n", file=None, flush=False):
        orig(*args, sep=sep, end=end, file=file, flush=flush)
        if file is None or file is sys.stdout:
            safe(lines, args, sep, end)

    builtins.print = print


def _processes(rec, safe):
    P = mpp.BaseProcess
    orig_start = P.start

    def start(self):
        orig_start(self)
        safe(lambda: rec.record("process_start", target=self.pid, name=self.name, thread=0,
                                proc=rec.process_id(self.pid)))

    P.start = start

    orig_join = P.join

    def join(self, timeout=None):
        orig_join(self, timeout)
        safe(exited, self)

    P.join = join

    def exited(p):
        code = p.exitcode
        if code is not None and p.pid not in rec.exited:
            rec.exited.add(p.pid)
            rec.record("process_exit", target=p.pid, value=str(code), thread=0, proc=rec.process_id(p.pid))

    rec.process_exited = exited
