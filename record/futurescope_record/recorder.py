"""The event log of one process: ids for threads, processes and futures, and the trace's JSON form.

Events are lists [t, kind, thread, proc, future, target, name, args, value, line]; t is nanoseconds
since the run began. The parent process keeps its events in memory; a worker process appends its own
to a file of its own in the run's folder (one JSON list a line, its pid last), and the parent merges
them when it writes the trace.
"""

import _thread
import json
import os
import sys
import threading
import time
import traceback

from . import clock

TRACE_VERSION = 1  # sim/trace.Version
SAMPLE_GAPS = (13, 17, 11, 19, 16, 23, 14, 15)  # hook calls between two timed ones (16 on average)
MAX_EVENTS = 1000000  # a run that makes more stops recording with a limit event
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_ENCODE = json.JSONEncoder().encode  # json.dumps(v) without making an encoder each call
_QUOTE = json.encoder.encode_basestring_ascii  # a str as JSON, as json.dumps writes it
_FIELDS = ("thread", "proc", "future", "target", "name", "args", "value", "line")
_KEYS = tuple(',"%s":' % k for k in _FIELDS)


def _encode(seq, t, ev):
    """Returns event ev as the JSON object json.dumps(separators=(",", ":")) would write for
    {"seq": seq, "t": t, "kind": ..., and its fields that are set}, without a dict or an encoder
    made for each (writing a million events took seconds)."""
    parts = ['{"seq":%d,"t":%d,"kind":%s' % (seq, t, _QUOTE(ev[1]))]
    for key, val in zip(_KEYS, ev[2:10]):
        if val:
            if type(val) is str:
                parts.append(key + _QUOTE(val))
            elif type(val) is int:
                parts.append(key + "%d" % val)
            else:
                parts.append(key + json.dumps(val))
    parts.append("}")
    return "".join(parts)


class Recorder:
    """Records the events of one process. Every method may be called from any thread."""

    def __init__(self, t0, folder, script, child=False):
        self.t0 = t0
        self.folder = folder
        self.script = script
        self.child = child
        self.pid = os.getpid()
        self.enabled = True
        self.meta = {}
        self._reset()
        self.next_future = 1
        self.next_executor = 1
        self.procs = {}  # pid -> process id in the trace; the main process is 1
        self.exited = set()  # pids whose exit is recorded
        self.hook_call_ns = 0  # what a hook call costs beside its work (measured at start-up)
        self.cpu0 = time.process_time_ns()  # this process's CPU time when recording began
        self.sample_ns = 0  # what a timed call of nothing reads on the CPU clock (measured at start-up)
        self.workers_cost = [0, 0]  # ns and hook calls reported by worker processes
        # For the recorder's own tests: fail on the Nth event, as a bug in the recorder would.
        self.fault = int(os.environ.get("FUTURESCOPE_RECORD_FAULT", "0") or 0)

    def _reset(self):
        self.lock = _thread.allocate_lock()
        self.events = []
        self.local = _thread._local()
        self.next_thread = 1
        self._file = None  # a worker's file of events, once it has flushed
        # per thread: [CPU ns of the timed hook calls, hook calls, timed calls, calls to the next
        # timed one, place in SAMPLE_GAPS]
        self.costs = []

    def cost(self):
        """Returns the calling thread's cost counters, made the first time. Each thread adds only to
        its own, so no lock is needed; they are summed at the end."""
        try:
            return self.local.cost
        except AttributeError:
            c = self.local.cost = [0, 0, 0, 1, 0]
            self.costs.append(c)  # list.append is atomic
            return c

    def hook_cost(self):
        """Returns (ns, calls): this process's hook calls and the CPU time they took, estimated from
        the timed ones (less what timing nothing reads), plus each call's cost beside its work."""
        ns = calls = timed = 0
        for c in list(self.costs):
            ns, calls, timed = ns + c[0], calls + c[1], timed + c[2]
        per_call = max(ns / max(timed, 1) - self.sample_ns, 0) + self.hook_call_ns
        return int(per_call * calls), calls

    def after_fork(self):
        """Makes this recorder a worker's: a forked child starts with no events and its own lock."""
        self._reset()
        self.child = True
        self.pid = os.getpid()

    def fail(self, exc):
        """Stops recording after an error of the recorder itself, and notes it in the trace's meta."""
        if self.enabled:
            self.enabled = False
            self.meta["recorder_error"] = "".join(traceback.format_exception_only(type(exc), exc)).strip()

    def thread_id(self, name=None):
        """Returns the calling thread's id, recording its thread_start (named name, or the current
        thread's name) the first time."""
        tid = getattr(self.local, "id", 0)
        if tid:
            return tid
        with self.lock:
            tid = self.next_thread
            self.next_thread += 1
        self.local.id = tid
        if name is None:
            name = threading.current_thread().name
        self._append("thread_start", tid, 1, 0, name, "", "", 0)
        return tid

    def line(self):
        """Returns the line of the script the current call comes from, or 0."""
        f = sys._getframe(2)
        while f is not None:
            if f.f_code.co_filename == self.script:
                return f.f_lineno
            f = f.f_back
        return 0

    def record(self, kind, future=0, target=0, name="", args="", value="", thread=None, proc=1, line=None):
        """Appends one event and returns it (a list the caller may still fill in), or None."""
        if not self.enabled:
            return None
        if thread is None:
            thread = self.thread_id()
        if line is None:
            line = self.line()
        return self._append(kind, thread, proc, future, name, args, value, line, target)

    def _append(self, kind, thread, proc, future, name, args, value, line, target=0):
        # No lock: list.append is atomic, and the trace is sorted by time when it is written, so two
        # threads appending in the other order of their clock readings cannot disorder it.
        if len(self.events) >= MAX_EVENTS:
            with self.lock:
                if self.enabled:
                    self.enabled = False
                    self.meta["limit"] = "events"
                    self.events.append([clock.now() - self.t0, "limit", 0, 1, 0, 0, "events",
                                        "", "more than %d events: recording stopped" % MAX_EVENTS, 0])
            return None
        if self.fault and len(self.events) + 1 >= self.fault:
            raise RuntimeError("fault injected at event %d (FUTURESCOPE_RECORD_FAULT)" % self.fault)
        ev = [clock.now() - self.t0, kind, thread, proc, future, target, name, args, value, line]
        self.events.append(ev)
        if self.child and kind in ("task_start", "task_end", "thread_exit"):
            self.flush()
        return ev

    def flush(self, last=False):
        """In a worker process, appends the events so far to the worker's file in the run's folder;
        the last flush adds the worker's hook cost, as an event without a kind (never written out)."""
        if not self.child:
            return
        with self.lock:
            events, self.events = self.events, []
        if last:
            ns, calls = self.hook_cost()
            events.append([0, "", 0, 0, 0, 0, "cost", "", "%d %d" % (ns, calls), 0])
        if not events:
            return
        # The file stays open for the worker's life; each flush hands its lines to the system, so a
        # worker killed later loses none of them (opening the file for every task cost more than the
        # rest of the task's recording).
        text = "".join(_ENCODE(ev + [self.pid]) + "\n" for ev in events)
        with self.lock:
            if self._file is None:
                self._file = open(os.path.join(self.folder, "%d.jsonl" % self.pid), "a", encoding="ascii")
            self._file.write(text)
            self._file.flush()

    def overhead(self, events, write_ns):
        """Returns the meta entries stating what recording cost: the CPU time every thread of the run
        (worker processes' too) spent in the recorder's hooks, plus the time writing the trace took,
        over the events written."""
        ns, calls = self.hook_cost()
        ns, calls = ns + self.workers_cost[0], calls + self.workers_cost[1]
        return {
            "overhead_ns_per_event": str(int((ns + write_ns) / max(events, 1))),
            "overhead_hooks_ns": str(ns),
            "overhead_hook_calls": str(calls),
            "overhead_worker_hook_calls": str(self.workers_cost[1]),
            "overhead_write_ns": str(write_ns),
            "overhead_run_cpu_ns": str(time.process_time_ns() - self.cpu0),
            "overhead_method": (
                "CPU time in the recorder's hooks, every thread's and worker process's summed, plus the "
                "CPU time merging and encoding the trace took, over the events written: %d hook calls, one in "
                "about %d timed on its thread's CPU clock (time.thread_time_ns, less the %d ns timing "
                "nothing reads), each adding %d ns beside its work (the call, its counting and the timing "
                "shared out, measured at start-up). Not counted: the hooks' frames beyond that share, the "
                "garbage collector's walks over the events kept and the threads' extra hand-overs of the "
                "GIL (record/testdata/overhead_bench.py measures a run's whole cost end to end, in CPU time "
                "with the recorder and without). overhead_run_cpu_ns is the CPU time of the recording "
                "process from the script's start to the trace written" % (
                    calls, sum(SAMPLE_GAPS) // len(SAMPLE_GAPS), self.sample_ns, self.hook_call_ns)),
        }

    def insert_before(self, ev, kind, target=0, name="", args=""):
        """Records an event at ev's time, just before ev (an executor first seen by its first future)."""
        new = [ev[0], kind, ev[2], ev[3], 0, target, name, args, "", ev[9]]
        with self.lock:
            for i in range(len(self.events) - 1, -1, -1):
                if self.events[i] is ev:
                    self.events.insert(i, new)
                    return
            self.events.append(new)

    def process_id(self, pid):
        """Returns the trace's id for the process pid, giving it the next one the first time."""
        with self.lock:
            if pid not in self.procs:
                self.procs[pid] = len(self.procs) + 1
            return self.procs[pid]

    def merged(self):
        """Returns the parent's events and every worker's, in time order, each as the JSON object
        the trace holds (with its seq), one string an event."""
        with self.lock:
            events = list(self.events)
        threads = {}
        extra = []
        for name in sorted(os.listdir(self.folder)) if self.folder and os.path.isdir(self.folder) else ():
            if not name.endswith(".jsonl"):
                continue
            with open(os.path.join(self.folder, name), encoding="ascii") as f:
                for text in f:
                    try:
                        ev = json.loads(text)
                    except ValueError:
                        continue  # a worker killed mid-line
                    pid = ev.pop()
                    if not ev[1] and ev[6] == "cost":
                        try:
                            for i, v in enumerate(ev[8].split()[:2]):
                                self.workers_cost[i] += int(v)
                        except (ValueError, IndexError):
                            pass
                        continue
                    key = (pid, ev[2])
                    if key not in threads:
                        threads[key] = self.next_thread + len(threads)
                    ev[2] = threads[key]
                    ev[3] = self.process_id(pid)
                    extra.append(ev)
        extra.sort(key=lambda ev: ev[0])
        events = sorted(events + extra, key=lambda ev: ev[0])  # stable: ties keep the parent's order
        out = []
        last = 0
        for seq, ev in enumerate(e for e in events if e[1]):
            t = max(ev[0], last)
            last = t
            out.append(_encode(seq, t, ev))
        return out

    def write(self, path):
        """Writes the trace as JSON to path, one event a line, as futurescope's trace.Encode does,
        with the recorder's whole cost stated in its meta (overhead_*)."""
        start = time.thread_time_ns()
        self.workers_cost = [0, 0]
        events = self.merged()
        body = ",\n".join(events)
        meta = {k: str(v) for k, v in self.meta.items()}
        meta["events"] = str(len(events))
        meta.update(self.overhead(len(events), time.thread_time_ns() - start))
        head = '{"version":%d,"meta":%s,"events":[' % (TRACE_VERSION, json.dumps(meta, sort_keys=True, separators=(",", ":")))
        text = head + ("\n" + body + "\n" if events else "") + "]}\n"
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="ascii") as f:
            f.write(text)
        os.replace(tmp, path)
