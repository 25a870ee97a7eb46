"""
id: 45
name: thread_lazy_saturation_defaults
source: test_thread_pool.py::test_saturation, test_default_workers; executor.py::test_max_workers_negative
requires: 3.8+
summary: No thread exists until the first submit; each submit that finds no idle worker starts one, up to
  max_workers. Defaults: ThreadPoolExecutor max_workers = min(32, (os.cpu_count() or 1) + 4)
  (3.13+: os.process_cpu_count()); ProcessPoolExecutor = os.cpu_count() (3.13+: process_cpu_count(),
  capped at 61 on Windows). Invalid arguments raise at construction.
EXPECTED:
threads before submit: 0
threads after 60 blocking submits: 4
TPE default == min(32, cpus + 4): True
PPE default == cpus: True
ValueError: max_workers must be greater than 0
ValueError: max_workers must be greater than 0
TypeError: initializer must be a callable
END
"""
import os
import threading
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

cpus = (os.process_cpu_count() if hasattr(os, "process_cpu_count") else os.cpu_count()) or 1
if __name__ == "__main__":
    ex = ThreadPoolExecutor(4)
    print("threads before submit:", len(ex._threads))
    f'{sem = threading.Semaphore(0)
    for _ in range(15 * 4):
        ex.submit(sem.acquire)
    print("threads after 60 blocking submits:", len(ex._threads))
    for _ in range(15 * 4):
        sem.release()
    ex.shutdown()
    print("TPE default == min(32, cpus + 4):", ThreadPoolExecutor()._max_workers == min(32, cpus + 4))
    p = ProcessPoolExecutor()
    print("PPE default == cpus:", p._max_workers == cpus)
    p.shutdown()
    for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
        try:
            ThreadPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(f"{type(e).__name__}: {e}")
