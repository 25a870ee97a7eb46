# Iterators' __length_hint__ and operator.length_hint: the items left.
import operator
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter((1, 2)).__length_hint__(), iter({1: 2}).__length_hint__(), reversed([1, 2, 3]).__length_hint__())
print(iter("abc").__length_hint__(), iter({1, 2}).__length_hint__(), iter({1: 2}.items()).__length_hint__())
print(operator.length_hint(iter([1, 2])), operator.length_hint(iter("abc")), operator.length_hint(x for x in []), operator.length_hint(object(), 7), operator.length_hint([1, 2, 3]))
it = iter([1])
next(it)
print(it.__length_hint__())
l = [1, 2]
it = iter(l)
l.append(3)
print(it.__length_hint__())
class H:
    def __length_hint__(self): return 4
print(operator.length_hint(H()), operator.length_hint(H(), 1))
print(hasattr((x for x in []), '__length_hint__'), hasattr(map(str, []), '__length_hint__'))
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__())
d[4] = 4
print(it.__length_hint__())
r = reversed([1, 2, 3])
print(list(r), r.__length_hint__(), iter(range(0, 10, 3)).__length_hint__(), iter(range(5, 0)).__length_hint__(), iter("héllo").__length_hint__())
s = iter("ab")
list(s)
print(s.__length_hint__(), operator.length_hint(iter([])), type(iter([])).__length_hint__(iter([1])))
