l = [3, 1, 2]
l.append(4); l.insert(0, 0); l.insert(100, 9); l.insert(-1, 8)
print(l)
l.extend(range(2)); l.extend("ab")
print(l, l.index(2), l.count(1), l.index(1, 3))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l)
l2 = l.copy(); l.reverse(); l2.clear()
print(l, l2)
for op in (lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(2), lambda: [1].pop(3)):
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
