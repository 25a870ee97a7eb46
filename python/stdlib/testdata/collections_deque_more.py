# collections.deque as a work queue and a ring buffer: appends and pops at both ends, maxlen,
# rotate, index, insert, remove, count, extendleft, reversed, copies and their reprs and errors.
from collections import deque
import copy

q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, q.popleft(), q.pop(), q, len(q))
ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
print(ring, ring.maxlen, list(ring))
ring.appendleft(99)
print(ring)
r = deque(range(6))
r.rotate(2)
print(r)
r.rotate(-3)
print(r, r.index(4), r.count(0))
r.insert(1, "x")
r.remove("x")
r.extendleft("ab")
print(r, list(reversed(r))[:3], r[0], r[-1])
r[0] = "A"
del r[1]
print(r, "A" in r, copy.copy(r) == r, copy.deepcopy(r) is not r)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, deque([1]) < deque([2]))
r.clear()
print(r, bool(r), repr(deque([], 2)))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
            lambda: deque([1]).index(5), lambda: deque([], -1), lambda: deque([1], 1).insert(0, 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
