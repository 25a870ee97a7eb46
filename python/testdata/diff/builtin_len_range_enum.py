print(len("abc"), len([1, 2]), len({}), len(range(5)), len(b"xy"), len({1, 2, 2}))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
try:
    len(5)
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)
