# A Manager's Namespace: attributes shared between processes.
import multiprocessing as mp


def work(ns, n):
    ns.last = n
    ns.total = ns.total + n


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        ns = manager.Namespace(total=0, label="sums")
        for n in (1, 2, 3):
            p = ctx.Process(target=work, args=(ns, n))
            p.start()
            p.join()
        print(ns.total, ns.last, ns.label)
        print(ns)
        del ns.last
        try:
            ns.last
        except AttributeError as e:
            print("AttributeError", e)
        print(type(ns).__name__, repr(ns).split(" at ")[0])
