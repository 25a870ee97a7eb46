# An error in a function called through partial, reduce and lru_cache:
# CPython's traceback shows only the script's frames (those are C code).
from functools import partial, reduce, lru_cache
def div(a, b):
    return a / b
half = partial(div, b=2)
print(half(9), reduce(div, [100, 5, 2]), partial(div, 1)(b=4))
@lru_cache(maxsize=None)
def inv(x):
    return div(1, x)
print(inv(4), inv(4), inv.cache_info())
class Account:
    def __init__(self, rate):
        self.rate = rate
    @lru_cache(maxsize=8)
    def interest(self, amount):
        return amount * self.rate
a = Account(0.5)
print(a.interest(10), a.interest(10), Account.interest.cache_info())
try:
    reduce(div, [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
inv(0)
