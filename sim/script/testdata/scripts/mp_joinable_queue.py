# JoinableQueue: workers call task_done; join returns once every item put has been processed.
import multiprocessing as mp


def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * 10)
        q.task_done()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q, results = ctx.JoinableQueue(), ctx.Queue()
    workers = [ctx.Process(target=worker, args=(q, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        q.put(i)
    q.join()
    print("all items processed:", sorted(results.get() for _ in range(6)))
    for _ in workers:
        q.put(None)
    q.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
