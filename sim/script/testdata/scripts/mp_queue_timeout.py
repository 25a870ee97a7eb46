# Queue.get with a timeout, get_nowait on an empty queue, put on a full one.
import multiprocessing as mp
import queue
import time


def late(q):
    time.sleep(0.5)
    q.put("late")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty at once")
    p = ctx.Process(target=late, args=(q,))
    p.start()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("nothing within 0.1s")
    print(q.get(timeout=5))
    p.join()
    small = ctx.Queue(maxsize=1)
    small.put(1)
    try:
        small.put(2, timeout=0.1)
    except queue.Full:
        print("full")
    print(small.get())
