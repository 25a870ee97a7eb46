# A Manager's list: appends from several processes, then the list's methods through the proxy.
import multiprocessing as mp


def add(items, start):
    for i in range(start, start + 3):
        items.append(i)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    manager = ctx.Manager()
    items = manager.list([100])
    procs = [ctx.Process(target=add, args=(items, s)) for s in (0, 10, 20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(len(items), sorted(items))
    items.sort()
    print(items[0], items[-1], items[1:3], items.count(10), items.index(20), 100 in items)
    items.remove(100)
    items.insert(0, -1)
    items.reverse()
    print(items.pop(), items[0], len(items))
    items += [7, 8]
    print(items[-2:], str(items)[:12], type(items).__name__)
    items[0] = "first"
    del items[1]
    print(list(items)[:3])
    manager.shutdown()
    print("shut down")
