import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property
p = partial(pow, 2)
print(p(10), p, partial(int, base=2)("101"), partial(partial(max, 1), 5)(3), partial(max, 1, key=abs))
print(p.func is pow, p.args, p.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(name):
    "Say hello."
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__("y"))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_info().hits, sq.__name__)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, "val" in vars(c))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return "object"
@show.register(int)
def _(x): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([1]), show("s"), show(True))
