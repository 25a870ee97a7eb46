# A Manager's Queue passed to pool tasks (a multiprocessing.Queue cannot be), and its proxy's methods.
import multiprocessing as mp
import queue
from concurrent.futures import ProcessPoolExecutor


def report(q, n):
    q.put(("done", n))
    return n


def try_plain(q):
    return q


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        q = manager.Queue()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            print(sorted(ex.map(report, [q] * 4, range(4))))
            try:
                ex.submit(try_plain, ctx.Queue()).result()
            except RuntimeError as e:
                print("RuntimeError:", e)
        print(q.qsize(), q.empty())
        print(sorted(q.get() for _ in range(4)))
        try:
            q.get(timeout=0.1)
        except queue.Empty:
            print("Empty")
        print(type(q).__name__)
