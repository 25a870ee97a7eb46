# copy and deepcopy of the collections types, dataclasses and namedtuples;
# json of a namedtuple (a tuple: a JSON array).
import copy, json
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
from dataclasses import dataclass, field
dq = deque([[1], [2]], maxlen=5)
d1, d2 = copy.copy(dq), copy.deepcopy(dq)
dq[0].append(9)
print(d1, d2, d2.maxlen, type(d2).__name__)
dd = defaultdict(list, {"a": [1]})
c1, c2 = copy.copy(dd), copy.deepcopy(dd)
dd["a"].append(2); dd["b"].append(3)
print(c1, c2, c2.default_factory, c2["new"], c2)
cnt = Counter("aab"); print(copy.deepcopy(cnt), copy.copy(cnt), type(copy.deepcopy(cnt)).__name__)
od = OrderedDict(x=[1]); od2 = copy.deepcopy(od); od["x"].append(2); print(od, od2)
P = namedtuple("P", "x y")
p = P([1], 2); p2 = copy.deepcopy(p); p.x.append(5); print(p, p2, copy.copy(p) == p)
@dataclass
class Job:
    name: str
    tags: list = field(default_factory=list)
j = Job("a", ["t"]); j2 = copy.deepcopy(j); j3 = copy.copy(j); j.tags.append("u"); print(j, j2, j3)
class Node:
    def __init__(self): self.children = []; self.parent = None
root = Node(); child = Node(); child.parent = root; root.children.append(child)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root)
print(json.dumps(P(1, [2, 3])), json.dumps({"p": P("a", None)}))
