# A Manager's proxies fail once the manager has shut down; a manager starts once.
import multiprocessing as mp
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    m = SyncManager(ctx=ctx)
    try:
        m.dict()
    except AssertionError as e:
        print("before start:", e)
    m.start()
    try:
        m.start()
    except mp.ProcessError as e:
        print(type(e).__name__, e)
    ev = m.Event()
    print(ev.is_set())
    m.shutdown()
    try:
        ev.is_set()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        m.dict()
    except AssertionError as e:
        print("after shutdown:", e)
    try:
        m.start()
    except mp.ProcessError as e:
        print(e)
    with ctx.Manager() as m2:
        shared = m2.list(range(3))
        print(list(shared))
    print("done")
