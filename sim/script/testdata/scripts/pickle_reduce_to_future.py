# Objects that pickle through __reduce__ or __getstate__ go to a process pool's worker as they do in
# this process; one whose __reduce__ rebuilds it as a concurrent.futures.Future with state gets a
# Future whose attributes are that state (unpickling calls Future() and then fills its __dict__).
import pickle
from concurrent.futures import Future, ProcessPoolExecutor


class Ticket:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Future, (), {"n": self.n, "tag": "ticket"})


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Counter:
    def __init__(self):
        self.seen = 3
        self.cache = "dropped"

    def __getstate__(self):
        return {"seen": self.seen}


def describe(o):
    if isinstance(o, Future):
        return "%s n=%d tag=%s done=%s" % (type(o).__name__, o.n, o.tag, o.done())
    return "%s %r" % (type(o).__name__, vars(o) if isinstance(o, Counter) else o)


if __name__ == "__main__":
    f = pickle.loads(pickle.dumps(Ticket(1)))
    print(describe(f))
    f.set_result("ok")
    print(describe(f), f.result())
    with ProcessPoolExecutor(1) as executor:
        for o in (Ticket(2), Point(1, 2), Counter()):
            print("worker:", executor.submit(describe, o).result())
