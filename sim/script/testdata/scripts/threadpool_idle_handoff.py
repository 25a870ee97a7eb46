# Idle thread-pool workers wait on the work queue in the order they went idle, and each submit hands
# its item to the next of them (CPython 3.13's SimpleQueue): two quick tasks submitted after a map go
# to two different idle threads, the first to go idle taking the first, even though one could run both.
import concurrent.futures
import threading
import time


def nap(seconds):
    time.sleep(seconds)
    return threading.current_thread().name


def quick():
    return threading.current_thread().name


with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix='t') as ex:
    print(list(ex.map(nap, [0.3, 0.1, 0.2])))
    a = ex.submit(quick)
    b = ex.submit(quick)
    print([a.result(), b.result()])

with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix='u') as ex:
    print(list(ex.map(nap, [0.2, 0.3, 0.1])))
    print([f.result() for f in [ex.submit(quick), ex.submit(quick), ex.submit(quick)]])
