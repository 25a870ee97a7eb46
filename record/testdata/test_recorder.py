"""The recorder's own tests: run with PYTHONPATH holding futurescope_record, under any CPython 3.9-3.13.

Each test runs a small script twice, plainly and under `python -m futurescope_record`, and checks that
the recorder kept the script's output and exit status and recorded what happened.
"""

import json
import re
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest


def run(code, record=True, env=None, limit=None):
    """Runs code as a script; returns (stdout, stderr, exit status, trace or None)."""
    with tempfile.TemporaryDirectory() as d:
        script = os.path.join(d, "script.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent(code))
        out = os.path.join(d, "trace.json")
        cmd = [sys.executable, script]
        if record:
            cmd = [sys.executable, "-m", "futurescope_record", "-o", out] + (["--limit", str(limit)] if limit else []) + [script]
        e = dict(os.environ, **(env or {}))
        p = subprocess.run(cmd, cwd=d, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
        trace = None
        if record and os.path.exists(out):
            with open(out) as f:
                trace = json.load(f)
        return p.stdout, re.sub(r"0x[0-9a-f]+", "0x", p.stderr.replace(d, "DIR")), p.returncode, trace


def kinds(trace, kind):
    return [e for e in trace["events"] if e["kind"] == kind]


def thread_names(trace):
    return {e["thread"]: e["name"] for e in kinds(trace, "thread_start")}


THREADS = """
    import time, threading
    from concurrent.futures import ThreadPoolExecutor, wait

    def job(n):
        time.sleep(n / 2)
        return n

    def report(f):
        print('callback', f.result(), threading.current_thread().name)

    with ThreadPoolExecutor(max_workers=2) as pool:
        fs = [pool.submit(job, n) for n in [3, 1, 2]]
        for f in fs:
            f.add_done_callback(report)
        print('cancel', fs[2].cancel())
        done, not_done = wait(fs)
    print(len(done), len(not_done))
"""



def assert_overhead(test, trace):
    """The trace states the recorder's whole cost: its hooks' CPU time and the writing's, over the
    events written, and how it was measured."""
    m = trace["meta"]
    hooks, write, calls = int(m["overhead_hooks_ns"]), int(m["overhead_write_ns"]), int(m["overhead_hook_calls"])
    test.assertGreater(hooks, 0, m)
    test.assertGreater(write, 0, m)
    test.assertGreaterEqual(calls, 1, m)
    test.assertEqual(int(m["overhead_ns_per_event"]), (hooks + write) // len(trace["events"]), m)
    test.assertIn("CPU time in the recorder's hooks", m["overhead_method"])

class Recorder(unittest.TestCase):
    def test_thread_pool(self):
        out, err, code, trace = run(THREADS)
        self.assertEqual(code, 0, err)
        self.assertEqual(trace["version"], 1)
        creates = kinds(trace, "future_create")
        self.assertEqual([(e["future"], e["name"], e["args"]) for e in creates], [(1, "job", "(3,)"), (2, "job", "(1,)"), (3, "job", "(2,)")])
        self.assertEqual([e["future"] for e in kinds(trace, "future_finish")], [2, 1])
        self.assertEqual([(e["future"], e["value"]) for e in kinds(trace, "future_cancel")], [(3, "True")])
        names = thread_names(trace)
        cbs = {e["future"]: names[e["thread"]] for e in kinds(trace, "callback_start")}
        self.assertEqual(cbs, {3: "MainThread", 2: "ThreadPoolExecutor-0_1", 1: "ThreadPoolExecutor-0_0"})
        self.assertEqual(out.splitlines()[-1], "3 0")
        self.assertEqual([e["value"] for e in kinds(trace, "print")], out.splitlines())
        seqs = [e["seq"] for e in trace["events"]]
        self.assertEqual(seqs, list(range(len(seqs))))
        times = [e["t"] for e in trace["events"]]
        self.assertEqual(times, sorted(times))
        assert_overhead(self, trace)

    def test_output_and_status_unchanged(self):
        code = """
            import sys
            from concurrent.futures import ThreadPoolExecutor
            def boom(f):
                raise ValueError('in callback')
            with ThreadPoolExecutor(1) as pool:
                f = pool.submit(pow, 2, 8)
                f.add_done_callback(boom)
            print(f.result())
            sys.stderr.write('bye\\n')
            raise KeyError('the end')
        """
        plain = run(code, record=False)
        rec = run(code)
        self.assertEqual(rec[:3], plain[:3])
        self.assertEqual(rec[2], 1)
        self.assertIn("in callback", rec[1])

    def test_sys_exit(self):
        out, err, code, trace = run("import sys\nprint('hi')\nsys.exit(3)\n")
        self.assertEqual((out, code), ("hi\n", 3))
        self.assertIsNotNone(trace)

    def test_recorder_failure_keeps_script(self):
        plain = run(THREADS, record=False)
        out, err, code, trace = run(THREADS, env={"FUTURESCOPE_RECORD_FAULT": "12"})
        self.assertEqual(code, plain[2])
        self.assertEqual(sorted(out.splitlines()), sorted(plain[0].splitlines()))
        self.assertIn("fault injected", trace["meta"]["recorder_error"])

    def test_time_limit(self):
        out, err, code, trace = run("import time\nprint('start', flush=True)\nwhile True:\n    time.sleep(0.05)\n", limit=1)
        self.assertEqual(code, 1)
        self.assertEqual(out, "start\n")
        self.assertIn("time limit of 1s", err)
        self.assertEqual(trace["meta"]["limit"], "time")
        self.assertEqual(kinds(trace, "limit")[0]["name"], "time")

    def test_process_pool(self):
        for method in ("fork", "spawn"):
            if sys.platform != "linux" and method == "fork":
                continue
            with self.subTest(method=method):
                out, err, code, trace = run("""
                    import multiprocessing, time
                    from concurrent.futures import ProcessPoolExecutor
                    def work(n):
                        time.sleep(n / 10)
                        print('worker', n)
                        return n * n
                    if __name__ == '__main__':
                        ctx = multiprocessing.get_context('%s')
                        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
                            fs = [pool.submit(work, n) for n in [2, 1]]
                            print([f.result() for f in fs])
                """ % method)
                self.assertEqual(code, 0, err)
                self.assertEqual(out.splitlines()[-1], "[4, 1]")
                starts = kinds(trace, "task_start")
                self.assertEqual(sorted(e["future"] for e in starts), [1, 2])
                self.assertTrue(all(e["proc"] > 1 for e in starts), starts)
                self.assertEqual(sorted(e["value"] for e in kinds(trace, "print") if e["proc"] > 1), ["worker 1", "worker 2"])
                self.assertEqual(len(kinds(trace, "process_start")), 3)
                self.assertEqual(sorted(e["future"] for e in kinds(trace, "future_finish")), [1, 2])
                assert_overhead(self, trace)
                # the workers' hooks (task_start, sleep, print, task_end) are counted in the cost
                self.assertGreaterEqual(int(trace["meta"]["overhead_worker_hook_calls"]), 8, trace["meta"])

    def test_multiprocessing_pool(self):
        for method in ("fork", "spawn"):
            if sys.platform != "linux" and method == "fork":
                continue
            with self.subTest(method=method):
                code = """
                    import multiprocessing as mp, time
                    def sq(n):
                        time.sleep(n / 10)
                        return n * n
                    if __name__ == '__main__':
                        with mp.get_context('%s').Pool(2) as p:
                            print(p.map(sq, [3, 1, 2], chunksize=1))
                            print(p.apply_async(sq, (2,)).get())
                """ % method
                out, err, status, trace = run(code)
                self.assertEqual((out, status), ("[9, 1, 4]\n4\n", 0), err)
                self.assertEqual([e["name"] for e in kinds(trace, "future_create")], ["sq"] * 4)
                self.assertEqual(sorted(e["future"] for e in kinds(trace, "task_start")), [1, 2, 3, 4])
                ends = sorted(e["future"] for e in kinds(trace, "task_end"))
                if method == "fork":
                    self.assertEqual(ends, [1, 2, 3, 4])
                else:  # a spawned worker's last task ends when the pool terminates it, unseen
                    self.assertTrue(set(ends) <= {1, 2, 3, 4} and len(ends) >= 2, ends)
                self.assertEqual(sorted(e["value"] for e in kinds(trace, "future_finish")), ["4", "[1]", "[4]", "[9]"])
                self.assertTrue(all(e["proc"] > 1 for e in kinds(trace, "task_start")))

    def test_task_traceback_unchanged(self):
        code = """
            import time
            from concurrent.futures import ProcessPoolExecutor
            def bad(n):
                time.sleep(0.5)  # result() waits: its traceback's line does not depend on timing
                return 1 / n
            if __name__ == '__main__':
                with ProcessPoolExecutor(1) as pool:
                    pool.submit(bad, 0).result()
        """
        plain = run(code, record=False)
        rec = run(code)
        self.assertEqual(rec[1:3], plain[1:3])

    def test_as_completed_timeout(self):
        code = """
            import threading
            from concurrent.futures import ThreadPoolExecutor, as_completed
            go = threading.Event()
            with ThreadPoolExecutor(1) as pool:
                fs = [pool.submit(go.wait)]  # runs until as_completed has timed out
                try:
                    for f in as_completed(fs, timeout=0.05):
                        pass
                finally:
                    go.set()
        """
        plain = run(code, record=False)
        rec = run(code)
        self.assertEqual(rec[1:3], plain[1:3])

    def test_relative_path_and_missing_file(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "rel.py"), "w") as f:
                f.write("import time\ntime.sleep(0.01)\nraise ValueError('rel')\n")
            plain = subprocess.run([sys.executable, "rel.py"], cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            rec = subprocess.run([sys.executable, "-m", "futurescope_record", "-o", "t.json", "rel.py"], cwd=d,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            self.assertEqual((rec.stderr, rec.returncode), (plain.stderr, plain.returncode))
            with open(os.path.join(d, "t.json")) as f:
                trace = json.load(f)
            self.assertEqual([e.get("line") for e in kinds(trace, "call_start")], [2])
            plain = subprocess.run([sys.executable, "missing.py"], cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            rec = subprocess.run([sys.executable, "-m", "futurescope_record", "missing.py"], cwd=d,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            self.assertEqual((rec.stderr, rec.returncode), (plain.stderr, plain.returncode))

    def test_result_blocking_and_timeouts(self):
        code = """
            import threading, time
            from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
            go = [threading.Event() for _ in range(3)]  # each task runs until its timeout is seen
            with ThreadPoolExecutor(2) as pool:
                f = pool.submit(go[0].wait)
                try:
                    f.result(timeout=0.05)
                except TimeoutError:
                    print('timeout')
                go[0].set()
                print(f.result())
                try:
                    for g in as_completed([pool.submit(go[1].wait)], timeout=0.05):
                        pass
                except TimeoutError as e:
                    print('as_completed', e)
                go[1].set()
                try:
                    pool.submit(go[2].wait).result(timeout=0.01)
                finally:
                    go[2].set()
        """
        plain = run(code, record=False)
        out, err, status, trace = run(code)
        self.assertEqual((out, err, status), plain[:3])
        self.assertEqual([e["name"] for e in kinds(trace, "call_end") if e.get("value") == "TimeoutError"],
                         ["result", "as_completed", "result"])
        self.assertIn(("call_start", "result", "timeout=0.05"), [(e["kind"], e.get("name"), e.get("args")) for e in trace["events"]])
        self.assertEqual([e["name"] for e in kinds(trace, "timeout")], ["result", "as_completed", "result"])

    def test_wait_timeout(self):
        out, err, code, trace = run("""
            import threading
            from concurrent.futures import ThreadPoolExecutor, wait
            go = threading.Event()
            with ThreadPoolExecutor(1) as pool:
                f = pool.submit(go.wait)  # runs until the wait below has timed out
                print(len(wait([f], timeout=0.05).not_done))
                go.set()
        """)
        self.assertEqual(out, "1\n")
        self.assertEqual([e["name"] for e in kinds(trace, "timeout")], ["wait"])


if __name__ == "__main__":
    unittest.main()
