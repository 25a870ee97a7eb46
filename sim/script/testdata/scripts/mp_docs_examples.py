# The first examples of CPython's multiprocessing documentation, run as written (but with spawn).
from multiprocessing import Pool, Process, Queue, Manager, TimeoutError, set_start_method
import os
import time


def f(x):
    return x * x


def greet(name):
    print('hello', name, flush=True)


def put_list(q):
    q.put([42, None, 'hello'])


def fill(d, l):
    d[1] = '1'
    d['2'] = 2
    d[0.25] = None
    l.reverse()


if __name__ == '__main__':
    set_start_method('spawn')
    with Pool(5) as p:
        print(p.map(f, [1, 2, 3]))

    p = Process(target=greet, args=('bob',))
    p.start()
    p.join()

    q = Queue()
    p = Process(target=put_list, args=(q,))
    p.start()
    print(q.get())
    p.join()

    with Manager() as manager:
        d = manager.dict()
        l = manager.list(range(10))
        p = Process(target=fill, args=(d, l))
        p.start()
        p.join()
        print(d)
        print(l)

    with Pool(processes=4) as pool:
        print(pool.map(f, range(10)))
        print(sorted(pool.imap_unordered(f, range(10))))
        res = pool.apply_async(f, (20,))
        print(res.get(timeout=1))
        res = pool.apply_async(os.getpid, ())
        print(res.get(timeout=1) != os.getpid())
        multiple_results = [pool.apply_async(os.getpid, ()) for i in range(4)]
        print(len([res.get(timeout=1) for res in multiple_results]))
        res = pool.apply_async(time.sleep, (10,))
        try:
            print(res.get(timeout=1))
        except TimeoutError:
            print("We lacked patience and got a multiprocessing.TimeoutError")
        print("For the moment, the pool remains available for more work")
    print("Now the pool is closed and no longer available")
