a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
s = set()
s.add(1); s.add(1); s.update([2, 3], {4})
s.discard(9); s.remove(1)
print(s, len(s), s.pop(), s)
c = a.copy(); c.clear()
print(c, a)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
a &= {1, 2}; print(a)
a |= {7}; print(a)
