# A pool of two threads: three jobs that sleep, a done-callback, and a cancel() of a queued job.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait


def job(n):
    time.sleep(0.05 * n)
    return n * n


def report(f):
    print("done", f.result(), "in", threading.current_thread().name)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, n) for n in (3, 1, 2, 4)]
    futures[0].add_done_callback(report)
    print("cancel the last:", futures[3].cancel())
    done, not_done = wait(futures[:3])
    print(len(done), "done,", len(not_done), "not done")
print([f.result() for f in futures[:3]])
