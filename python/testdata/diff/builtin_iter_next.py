it = iter([10, 20])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print(e)
s = iter("ab")
print(list(s), next(s, "end"))
class Box:
    def __init__(self):
        self.items = [1, 2]
    def __iter__(self):
        return iter(self.items)
print(list(Box()), [x * 2 for x in Box()], max(Box()), 2 in Box())
