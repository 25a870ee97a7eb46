# dataclasses as task records: defaults and default_factory, order, frozen, __post_init__, fields,
# asdict and astuple, replace, repr=False and compare=False fields, and their errors.
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    attempts: int = 0

    def __post_init__(self):
        self.name = self.name.strip()


jobs = [Job(3, " c "), Job(1, "a"), Job(2, "b", ["x"])]
print(sorted(jobs))
print(Job(1, "x") == Job(1, "y"), Job(1, "x") < Job(2, "a"), jobs[2].tags)
print([f.name for f in dataclasses.fields(Job)], dataclasses.asdict(jobs[2]), dataclasses.astuple(jobs[0]))
print(dataclasses.replace(jobs[0], attempts=5), dataclasses.is_dataclass(Job), dataclasses.is_dataclass(1))


@dataclass(frozen=True)
class Result:
    job: str
    value: float = 0.0


r = Result("a", 1.5)
try:
    r.value = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(r, hash(r) == hash(Result("a", 1.5)), {r: 1}[Result("a", 1.5)])
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Job()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print(tree)
print(dataclasses.asdict(tree))
