import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, exc_type, exc, tb):
        self._lock.release()
        return False

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2

    @classmethod
    def make(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    @staticmethod
    def helper(x, /, y=1, *, z=2):
        return x + y + z


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def pipeline(source):
    total = yield from chunks(source, 2)
    while (item := (yield total)) is not None:
        total = (total or 0) + item
    return total


counter = Counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = {pool.submit(sum, c): i for i, c in enumerate(chunks(list(range(10)), 3))}
    for f in as_completed(futs):
        with counter as c:
            c.value += f.result()
print(counter.value, counter.doubled, Counter.helper(1, z=3))
nums = [n ** 2 for n in range(10) if n % 2 if n > 2]
matrix = [[row * col for col in range(3)] for row in range(3)]
flat = [x for row in matrix for x in row])
print(*flat, sep=", ", end="\n")
a, (b, *c), d = 1, (2, 3, 4), 5
first, *_ = "hello"
print(a, b, c, d, first, nums[::-1], matrix[1][2], flat[-1:])
x = y = z = None
print(x is None is y, not x, -1 if x else +1)
