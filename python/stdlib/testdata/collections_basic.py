from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend("ab"); d.extendleft([8, 9]); print(d, list(reversed(d)))
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); print(m); m.appendleft(7); print(m)
print(deque(), deque(maxlen=2), deque([1]) == deque([1]), d.count(1), bool(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
q = deque(); q.append("a"); q.append("b"); print(q.popleft(), q)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dict(dd), len(dd), sorted(dd.items()), "zz" in dd)
di = defaultdict(int); di["x"] += 1; di["x"] += 1; print(di, defaultdict(None), di.get("q"))
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict(); od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od)); od.move_to_end("b"); print(od); od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"b": 2}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({"x": 2}), Counter([1, 1, 2]).most_common())
words = "the quick the lazy the end quick".split()
for w, n in Counter(words).most_common(2):
    print(w, n)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), tuple(p), len(p), p == (1, 2))
x, y = p; print(x + y, Point._make([3, 4]), hash(p) == hash(Point(1, 2)), sorted([Point(2, 1), Point(1, 5)]))
R = namedtuple("R", ["a", "b", "c"], defaults=[0, 9]); print(R(1), R(1, 2), R._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
print(type(p).__name__, Point.__name__)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], cm, len(cm), sorted(cm))
import json
cnt = Counter("aab"); dd2 = defaultdict(list, {"k": [1]}); o = OrderedDict(a=1)
print(isinstance(cnt, dict), isinstance(dd2, dict), isinstance(o, dict), json.dumps(cnt), json.dumps(dd2), dict(**o), {**cnt})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, Counter(a=1) == {"a": 1})
cnt["new"] += 2; del cnt["zzz"]; print(cnt, cnt.get("q"), len(cnt), sorted(cnt.keys()))
