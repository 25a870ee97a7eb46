# A Manager's proxies are classes of multiprocessing.managers, as CPython's: their type, module,
# qualified name and repr, in the parent and in a pool's worker they were passed to.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def names(p):
    t = type(p)
    return "%s %s %s %s" % (t, t.__module__, t.__qualname__, repr(p).split(" at ")[0])


if __name__ == "__main__":
    with mp.Manager() as m:
        proxies = [m.Event(), m.dict(), m.list(), m.Lock(), m.Queue(), m.Namespace(),
                   m.Semaphore(), m.BoundedSemaphore(), m.RLock()]
        for p in proxies:
            print(names(p))
        print(hasattr(mp, "EventProxy"), mp.managers.EventProxy is type(proxies[0]))
        with ProcessPoolExecutor(max_workers=1) as ex:
            for line in ex.map(names, proxies):
                print("worker:", line)
