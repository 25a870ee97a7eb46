# A process pool copies arguments and results by pickle: what crosses, what is refused, and that
# the worker works on a copy.
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor


class Box:
    def __init__(self, items):
        self.items = items


def grow(box):
    box.items.append(len(box.items))
    return box


def make_lock():
    return threading.Lock()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as ex:
        box = Box([0])
        back = ex.submit(grow, box).result()
        print(box.items, back.items, back is box, type(back).__name__)
        for fn, arg in [(grow, threading.Lock()), (lambda b: b, box)]:
            try:
                ex.submit(fn, arg).result()
            except Exception as e:
                print(type(e).__name__, str(e).split(" at 0x")[0])
        try:
            ex.submit(make_lock).result()
        except Exception as e:
            print("result:", type(e).__name__, e)
