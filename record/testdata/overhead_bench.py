"""Measures what the recorder really adds to a run, end to end, in CPU time: each workload runs
under plain CPython and under the recorder (writing its trace), with N futures and with none (the
start-up both pay), and the difference is divided by the events recorded. Prints it beside the
recorder's own figure (the trace's overhead_ns_per_event). Not a test: a measurement to report.

    python3 record/testdata/overhead_bench.py [N]
"""

import json
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDER_HOME = os.path.dirname(HERE)

WORKLOADS = {
    "sequential": '''
import sys
from concurrent.futures import ThreadPoolExecutor
n = int(sys.argv[1])
with ThreadPoolExecutor(max_workers=1) as ex:
    for i in range(n):
        ex.submit(abs, i).result()
''',
    "pool2": '''
import sys
from concurrent.futures import ThreadPoolExecutor, wait
n = int(sys.argv[1])
with ThreadPoolExecutor(max_workers=2) as ex:
    wait([ex.submit(abs, i) for i in range(n)])
''',
}


def cpu(cmd):
    """Runs cmd and returns the CPU time (user and system) it took, in ns."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, PYTHONPATH=RECORDER_HOME))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return int(((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1e9)


def best(cmd, runs=3):
    return min(cpu(cmd) for _ in range(runs))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    with tempfile.TemporaryDirectory() as d:
        for name, src in WORKLOADS.items():
            script = os.path.join(d, name + ".py")
            with open(script, "w") as f:
                f.write(src)
            out = os.path.join(d, name + ".json")
            rec = [sys.executable, "-m", "futurescope_record", "-o", out, script]
            plain = [sys.executable, script]
            extra = (best(rec + [str(n)]) - best(plain + [str(n)])) - (best(rec + ["0"]) - best(plain + ["0"]))
            subprocess.run(rec + [str(n)], check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, PYTHONPATH=RECORDER_HOME))
            with open(out) as f:
                meta = json.load(f)["meta"]
            events = int(meta["events"])
            print("%s %-10s %d futures, %d events: end to end %.1f us/event; the trace says %s ns (%s)" % (
                sys.version.split()[0], name, n, events, extra / events / 1000, meta["overhead_ns_per_event"],
                meta.get("overhead_method", "")))


if __name__ == "__main__":
    main()
