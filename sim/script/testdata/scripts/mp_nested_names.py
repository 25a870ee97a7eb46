# Each process numbers its own children: a child's children are named after it ("Process-2:1").
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def leaf(q):
    q.put(mp.current_process().name)


def pool_name(_):
    return mp.current_process().name


def middle(q):
    ctx = mp.get_context("spawn")
    kids = [ctx.Process(target=leaf, args=(q,)) for _ in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        q.put(ex.submit(pool_name, 0).result())
    q.put(mp.current_process().name)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    first = ctx.Process(target=leaf, args=(q,))
    second = ctx.Process(target=middle, args=(q,))
    first.start()
    second.start()
    first.join()
    second.join()
    print(sorted(q.get() for _ in range(5)))
    third = ctx.Process(target=leaf, args=(q,))
    print(third.name)
