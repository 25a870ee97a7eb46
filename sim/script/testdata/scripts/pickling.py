# Values, functions, classes and exceptions crossing to a worker process and back, and what pickle refuses.
import threading
from concurrent.futures import ProcessPoolExecutor


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class TaskError(Exception):
    pass


def echo(v):
    return v


def describe(v):
    return f"{type(v).__name__}: {v!r}"


def shared():
    inner = [1, 2]
    return [inner, inner]


def fail(n):
    raise TaskError("bad", n)


def outer():
    def inner():
        return 1
    return inner


def make_point(x):
    return Point(x, -x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        for v in [None, True, 7, 2**70, 1.5, "héllo", b"\x00b", (1, (2,)), [1, [2]], {"a": [1]}, {3, 1, 2},
                  frozenset({4}), Point(1, 2), Point, ValueError("x", 1)]:
            print(describe(ex.submit(echo, v).result()))
        print(ex.submit(describe, Point(3, 4)).result())
        print("same function back:", ex.submit(echo, echo).result() is echo)
        a, b = ex.submit(shared).result()
        print("shared:", a is b)
        print(list(ex.map(make_point, [1, 2])))
        e = ex.submit(fail, 3).exception()
        print(type(e).__name__, e.args, type(e.__cause__).__name__, "in fail" in e.__cause__.tb)
        for call in [lambda: 1, outer()]:
            try:
                ex.submit(call).result()
            except Exception as e:
                print(type(e).__name__, str(e).split(" at ")[0])
        for arg in [threading.Lock(), threading.RLock(), threading.Event()]:
            try:
                ex.submit(echo, arg).result()
            except TypeError as e:
                print("TypeError:", e)
