fs = frozenset([1, 2, 3])
print(fs, len(fs), 2 in fs, fs | {4}, fs & {1, 9}, type(fs | {4}).__name__, type({4} | fs).__name__)
d = {fs: "frozen"}
print(d[frozenset([3, 2, 1])])
print(frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset()))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print({frozenset({1}), frozenset({1})})
