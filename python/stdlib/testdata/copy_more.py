# copy for snapshots of shared state: shallow and deep copies of nested containers, cycles and
# shared references in deepcopy, __copy__ and __deepcopy__ hooks, and copy.replace (3.13).
import copy
from collections import namedtuple
from dataclasses import dataclass

state = {"jobs": [1, 2], "meta": {"owner": "ann"}}
shallow = copy.copy(state)
deep = copy.deepcopy(state)
state["jobs"].append(3)
state["meta"]["owner"] = "bob"
print(shallow, deep)
a = [1]
pair = [a, a]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is a)
loop = []
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[0] is dl, dl is not loop)


class Conn:
    def __init__(self, name):
        self.name = name
        self.handle = object()

    def __copy__(self):
        print("copying", self.name)
        new = Conn(self.name)
        return new

    def __deepcopy__(self, memo):
        print("deep copying", self.name)
        return Conn(self.name + "-copy")


print(copy.copy(Conn("db")).name, copy.deepcopy([Conn("cache")])[0].name)


@dataclass(frozen=True)
class Settings:
    workers: int
    timeout: float = 1.0


s = Settings(4)
print(copy.replace(s, timeout=2.5), s)
P = namedtuple("P", "x y")
print(copy.replace(P(1, 2), y=5), copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
try:
    copy.replace([1], x=1)
except TypeError as e:
    print("TypeError:", e)
