s = {1, 2, 3}
print(s.union([3, 4], "ab" and (5,), range(7, 9)), s.intersection([2, 3, 9], (3, 2)), s.difference([1], {2}))
print(s.symmetric_difference([3, 4, 4]), s.issubset(range(5)), s.issuperset(x for x in (1, 2)), s.isdisjoint([7, 8]))
f = frozenset([1, 2])
print(f.union([3]), type(f.union([3])).__name__, f.copy() is f, type(f.intersection({1})).__name__)
t = {1, 2, 3, 4, 5}
t.intersection_update([1, 2, 3], (2, 3, 4))
print(t)
t.difference_update([3])
print(t)
t.symmetric_difference_update({2, 10})
print(t)
t.update([20, 30], {40})
print(t, len(t))
popped = [t.pop() for _ in range(len(t))]
print(popped, t)
print(set().union(), {1}.intersection(), frozenset().union([1, 1]))
for call in (lambda: {1}.union(5), lambda: {1}.issubset(5), lambda: {[1]}, lambda: {1}.update([[2]])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
