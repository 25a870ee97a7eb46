import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.floordiv(7, 2))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.index(5))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.__add__(1, 2), operator.iadd([1], [2]))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}), itemgetter(1, 0))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self): self.x, self.y = 1, 2
    def m(self, a, b=0): return self.x + a + b
p = P(); p.child = P()
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("child.y")(p), attrgetter("x", "child.x"))
print(methodcaller("m", 5)(p), methodcaller("m", 1, b=10)(p), methodcaller("upper")("abc"), methodcaller("m", 1, b=2))
from functools import reduce
print(reduce(operator.mul, range(1, 10)), list(map(operator.sub, [5, 6], [1, 2])))
d = {}; operator.setitem(d, "a", 1); print(d); operator.delitem(d, "a"); print(d)
