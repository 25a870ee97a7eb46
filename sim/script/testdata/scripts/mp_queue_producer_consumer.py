# A producer and two consumers sharing one multiprocessing.Queue, stopped by sentinels.
import multiprocessing as mp


def produce(q, n, consumers):
    for i in range(n):
        q.put(i)
    for _ in range(consumers):
        q.put(None)


def consume(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * item
    out.put(total)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q, out = ctx.Queue(), ctx.Queue()
    consumers = [ctx.Process(target=consume, args=(q, out)) for _ in range(2)]
    producer = ctx.Process(target=produce, args=(q, 20, len(consumers)))
    for p in consumers + [producer]:
        p.start()
    totals = [out.get() for _ in consumers]
    for p in consumers + [producer]:
        p.join()
    print(sum(totals), sum(i * i for i in range(20)))
    print(q.empty(), out.empty())
