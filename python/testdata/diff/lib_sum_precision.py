print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 0.1, 0.2]), sum([0.1, 1, 0.2]), sum(range(10), 0.5))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-2 ** 63, -1]), sum([True, True, 2]))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([], 0.0))
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]), sum([1e308, 1e308]))

class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.c})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(1)))
for bad in ((["a"],), ([1, "a"],), ([b"x"], b""), ([], "")):
    try:
        print(sum(*bad))
    except TypeError as e:
        print("TypeError:", e)
