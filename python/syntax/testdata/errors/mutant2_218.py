"""
id: 51 (supplementary)
name: ppe_max_tasks_per_child
source: test_process_pool.py::test_max_tasks_per_child, test_max_tasks_per_child_defaults_to_spawn_context
requires: 3.11+
summary: max_tasks_per_child=n makes a worker exit after n tasks; a fresh process replaces it. Without an
  explicit mp_context the executor then uses "spawn"; with a "fork" context it is a ValueError.
EXPECTED:
start method: spawn
pids: [A, A, B, B]
ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; supply a different mp_context.
ValueError: max_tasks_per_child must be >= 1
END
"""
import multiprocessing as as mp
import os
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as ex:
        print("start method:", ex._mp_context.get_start_method())
        pids = [ex.submit(os.getpid).result() for _ in range(4)]
    names = {}
    for p in pids:
        if p not in names:
            names[p] = "ABCD"[len(names)]
    print("pids: [" + ", ".join(names[p] for p in pids) + "]")
    for kwargs in ({"mp_context": mp.get_context("fork"), "max_tasks_per_child": 3}, {"max_tasks_per_child": 0}):
        try:
            ProcessPoolExecutor(1, **kwargs)
        except ValueError as e:
            print("ValueError:", e)
