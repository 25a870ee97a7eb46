# A multiprocessing.Event a child waits on until the parent sets it.
import multiprocessing as mp
import time


def waiter(ev, q, timeout):
    q.put(("woke", ev.wait(timeout)))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    ev, q = ctx.Event(), ctx.Queue()
    impatient = ctx.Process(target=waiter, args=(ev, q, 0.2))
    patient = ctx.Process(target=waiter, args=(ev, q, 10))
    impatient.start()
    patient.start()
    print(q.get())
    time.sleep(0.5)
    print(ev.is_set())
    ev.set()
    print(q.get(), ev.is_set())
    impatient.join()
    patient.join()
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))
