# collections.namedtuple and OrderedDict and defaultdict: fields, defaults, _make, _asdict, _replace,
# rename; move_to_end and popitem; a defaultdict of lists grouping results.
from collections import namedtuple, OrderedDict, defaultdict

Task = namedtuple("Task", "name priority done", defaults=[False])
t = Task("build", 2)
print(t, t.name, t[1], t._fields, Task._field_defaults)
print(t._replace(done=True), Task._make(["test", 1, True]), t._asdict())
print(t == ("build", 2, False), hash(t) == hash(("build", 2, False)), len(t), list(t))
P = namedtuple("P", ["x", "def", "x"], rename=True)
print(P._fields, P(1, 2, 3))
Point = namedtuple("Point", "x, y")
p = Point(y=2, x=1)
x, y = p
print(p, x + y, Point.__doc__, p.__class__.__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x class")
except ValueError as e:
    print("ValueError:", e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict([("k", 1)]))
groups = defaultdict(list)
for worker, result in [("w1", 3), ("w2", 5), ("w1", 7)]:
    groups[worker].append(result)
print(groups, dict(groups), groups["w3"], len(groups))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nf = defaultdict()
try:
    nf["missing"]
except KeyError as e:
    print("KeyError:", e)
