# A daemon process is terminated when the main program ends; a non-daemon one is waited for.
import multiprocessing as mp
import time


def forever():
    while True:
        time.sleep(0.1)


def short(q):
    time.sleep(0.3)
    q.put("non-daemon child finished")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    d = ctx.Process(target=forever, daemon=True)
    d.start()
    q = ctx.Queue()
    n = ctx.Process(target=short, args=(q,))
    n.start()
    print(d.daemon, n.daemon, repr(d).endswith("started daemon>"))
    try:
        d.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    print(q.get())
    print("main ends; the daemon is still alive:", d.is_alive())
