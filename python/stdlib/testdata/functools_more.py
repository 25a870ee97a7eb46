# functools for tasks: partial as a submit target (its repr, args, keywords, nesting), wraps keeping
# names, reduce, lru_cache with maxsize and its stats, cache, cached_property, total_ordering,
# cmp_to_key and singledispatch.
import functools


def work(job, retries=0, *, timeout=1.0):
    return f"{job} r={retries} t={timeout}"


p = functools.partial(work, retries=2, timeout=5)
print(p("a"), p.func.__name__, p.args, p.keywords, repr(p).split(" at ")[0])
q = functools.partial(p, "b", timeout=9)
print(q(), q.args, q.keywords, q.func is work)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def square(x):
    """Square x."""
    return x * x


print(square(4), square.__name__, square.__doc__, square.__wrapped__.__name__)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
calls = []


@functools.lru_cache(maxsize=2)
def fetch(n):
    calls.append(n)
    return n * 10


print([fetch(n) for n in (1, 2, 1, 3, 1, 2)], calls, fetch.cache_info())
fetch.cache_clear()
print(fetch.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits > 0)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("computing")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


print(show(1), show([1, 2]), show("s"), show(True))
