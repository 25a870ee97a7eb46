# multiprocessing.Condition: a child waits until the parent has filled a shared Value and notified.
import multiprocessing as mp
import time


def consumer(cond, ready, out):
    with cond:
        got = cond.wait_for(lambda: ready.value >= 3, timeout=5)
        out.put(("consumer saw", ready.value, bool(got)))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    cond = ctx.Condition()
    ready = ctx.Value("i", 0)
    out = ctx.Queue()
    p = ctx.Process(target=consumer, args=(cond, ready, out))
    p.start()
    for _ in range(3):
        time.sleep(0.1)
        with cond:
            ready.value += 1
            cond.notify_all()
    print(out.get())
    p.join()
    print(repr(cond), p.exitcode)
    with cond:
        print(cond.wait(0.01), cond.wait_for(lambda: True), cond.wait_for(lambda: False, 0.01))
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print("AssertionError", e)
    try:
        cond.notify()
    except AssertionError as e:
        print("AssertionError", e)
    r = ctx.RLock()
    c2 = ctx.Condition(r)
    with r:
        c2.notify()
    print("a Condition over a given RLock")
