# operator's getters for sorting and grouping records (itemgetter, attrgetter, methodcaller), the
# operator functions as reduce and map arguments, and their reprs.
import functools
import operator
from collections import namedtuple

Job = namedtuple("Job", "name priority owner")
jobs = [Job("b", 2, "ann"), Job("a", 1, "bob"), Job("c", 2, "ann")]
print(sorted(jobs, key=operator.attrgetter("priority", "name")))
print(sorted(jobs, key=operator.itemgetter(2, 0)), list(map(operator.itemgetter(0), jobs)))
rows = [{"id": 3, "v": "x"}, {"id": 1, "v": "y"}]
print(sorted(rows, key=operator.itemgetter("id")), operator.itemgetter("v", "id")(rows[0]))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", ",", 1)("a,b,c"))
print(functools.reduce(operator.mul, [1, 2, 3, 4]), functools.reduce(operator.add, ["a", "b"]), list(map(operator.neg, [1, -2])))
print(operator.add(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2))
print(operator.getitem("abc", 1), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(5))
d = {}
operator.setitem(d, "k", 1)
operator.delitem(d, "k")
print(d, operator.concat([1], [2]), operator.iadd([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-3), operator.inv(0), operator.lshift(1, 4))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
Obj = namedtuple("Obj", "inner")
print(operator.attrgetter("inner.priority")(Obj(jobs[0])), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
