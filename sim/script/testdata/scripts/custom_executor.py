# An Executor subclass of the script's own (the base class's map and context manager use its submit and shutdown), and a ThreadPoolExecutor subclass.
from concurrent.futures import Executor, Future, ThreadPoolExecutor
class Inline(Executor):
    def submit(self, fn, *args):
        f = Future()
        f.set_result(fn(*args))
        return f
    def shutdown(self, wait=True, *, cancel_futures=False):
        print("shutdown", wait)
with Inline() as ex:
    print(ex.submit(pow, 2, 5).result(), list(ex.map(abs, [-1, -2])))
try:
    Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
class Pool(ThreadPoolExecutor):
    pass
with Pool(2) as p:
    print(p.submit(pow, 3, 2).result(), type(p).__name__)
