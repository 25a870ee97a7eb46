"""Runs a script as __main__ under the recorder, with a time limit, and writes the trace at exit."""

import _thread
import atexit
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
import types

from . import __version__, clock, hooks, recorder


def start_measured(script, folder):
    """Installs the recorder and returns it. What recording costs is measured as the run goes (the
    time inside the hooks, per thread) and stated when the trace is written (Recorder.overhead)."""
    return hooks.start_main(script, folder)


def _strip(exc, seen=None):
    """Removes the recorder's own frames from exc's traceback and those of its cause and context."""
    seen = seen if seen is not None else set()
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    tb = exc.__traceback__
    head = prev = None
    while tb is not None:
        nxt = tb.tb_next
        if os.path.dirname(os.path.abspath(tb.tb_frame.f_code.co_filename)) == recorder.PACKAGE_DIR:
            if prev is not None:
                prev.tb_next = nxt
        else:
            if head is None:
                head = tb
            prev = tb
        tb = nxt
    exc.__traceback__ = head
    _strip(exc.__cause__, seen)
    _strip(exc.__context__, seen)


def run(script, args, out, limit):
    """Runs script with args as CPython would, recording; returns only by raising SystemExit."""
    try:
        with open(script, "rb") as f:
            source = f.read()
    except OSError as e:  # as CPython says it, with its exit status
        sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n" % (sys.executable, os.path.abspath(script), e.errno, e.strerror))
        raise SystemExit(2)
    folder = tempfile.mkdtemp(prefix="futurescope_record-")
    rec = None
    try:
        rec = start_measured(os.path.abspath(script), folder)
        rec.meta.update({
            "recorder": "futurescope_record " + __version__,
            "python": platform.python_version(),
            "implementation": sys.implementation.name,
            "platform": sys.platform,
            "file": script,
            "cores": os.cpu_count(),
            "switch_interval": "%gs" % sys.getswitchinterval(),
            "clock": "time.perf_counter_ns",
            "time_limit": "%gs" % limit,
        })
        try:
            import multiprocessing
            rec.meta["start_method"] = multiprocessing.get_start_method()
        except Exception:
            pass
    except Exception as e:  # the script runs even when the recorder cannot
        sys.stderr.write("futurescope_record: cannot record (%s); running the script without it\n" % e)
        rec = None
    done = _thread.allocate_lock()
    done.acquire()
    if rec is not None:
        atexit.register(_finish, rec, out, folder, done)
        _thread.start_new_thread(_watch, (rec, out, folder, done, limit))
    _exec(script, source, args, rec)


def _exec(script, source, args, rec):
    path = os.path.abspath(script)  # CPython 3.9+ runs a script under its absolute path
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    main.__cached__ = None
    sys.modules["__main__"] = main
    sys.argv = [script] + list(args)
    sys.path[0] = os.path.dirname(path)  # as `python3 script.py` has it
    home = os.path.dirname(recorder.PACKAGE_DIR)  # where spawned workers find the recorder: last
    if home not in sys.path:
        sys.path.append(home)
    code = compile(source, path, "exec")
    if rec is not None:
        rec.meta["script_start_ns"] = clock.now() - rec.t0  # where the simulation's time 0 is
        rec.cpu0 = time.process_time_ns()
    try:
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        _strip(e)
        if rec is not None:
            try:
                rec.record("error", value=traceback.format_exception_only(type(e), e)[-1].strip(), line=0)
            except Exception as err:
                rec.fail(err)
        sys.excepthook(type(e), e, e.__traceback__)
        raise SystemExit(1)


def _finish(rec, out, folder, done):
    """At exit, after the script's threads ended: writes the trace."""
    if done.locked():
        done.release()
    _write(rec, out, folder, exit_main=True)


def _write(rec, out, folder, exit_main):
    try:
        if exit_main and rec.enabled:
            for p in list(rec.procs):
                if p != rec.pid and p not in rec.exited:
                    rec.exited.add(p)
            rec.record("thread_exit", line=0)
            rec.record("process_exit", target=rec.pid, value="0", thread=0, line=0)
        rec.write(out)
    except Exception as e:
        sys.stderr.write("futurescope_record: cannot write the trace: %s\n" % e)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _watch(rec, out, folder, done, limit):
    """Ends a run that passes the time limit, writing the trace up to it."""
    if done.acquire(True, limit):
        done.release()
        return
    rec.meta["limit"] = "time"
    rec.record("limit", name="time", value="the script ran past the time limit of %gs" % limit, thread=0, line=0)
    rec.enabled = False
    try:
        import multiprocessing
        for p in multiprocessing.active_children():
            p.terminate()
    except Exception:
        pass
    rec.enabled = True
    _write(rec, out, folder, exit_main=False)
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stderr.write("futurescope_record: time limit of %gs reached: the script was stopped and the trace "
                     "written up to it\n" % limit)
    sys.stderr.flush()
    os._exit(1)
