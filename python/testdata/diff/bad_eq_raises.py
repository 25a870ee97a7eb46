class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__

lst = [1, Boom(), 3]
print(lst.index(1), 3 in [3, Boom()])
try:
    Boom() in [1, 2]
except RuntimeError as e:
    print("in:", e)
try:
    [Boom()] == [Boom()]
except RuntimeError as e:
    print("list eq:", e)
b = Boom()
print(b in [b], [b] == [b])
try:
    lst.remove(3)
except RuntimeError as e:
    print("remove:", e)
