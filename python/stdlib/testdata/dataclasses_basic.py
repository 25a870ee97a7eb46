from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List, ClassVar
@dataclass
class Task:
    name: str
    duration: float = 0.5
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
t = Task("download")
print(t, Task("a", 1, ["x"]), t == Task("download"), t.tags is not Task("b").tags, Task.count)
print(asdict(Task("n", 2, ["t"])), astuple(t), replace(t, duration=3), [f.name for f in fields(Task)], is_dataclass(t), is_dataclass(1))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2, 1), Version(1, 5), Version(2)]), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
@dataclass
class Point:
    x: int
    y: int
    def __post_init__(self):
        self.dist = abs(self.x) + abs(self.y)
p = Point(3, -4); print(p, p.dist, Point.__hash__)
@dataclass
class Point3(Point):
    z: int = 0
print(Point3(1, 2), Point3(1, 2, 3).z, Point3(1, 2) == Point(1, 2))
@dataclass
class Job:
    id: int
    result: object = field(default=None, repr=False)
    retries: int = field(default=0, compare=False)
print(Job(1, "r"), Job(1, "r", 5) == Job(1, "r", 0))
tests = [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point(), lambda: asdict(5)]
for f in tests:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass
class Result:
    futures: list = field(default_factory=list)
    done: bool = False
r = Result(); r.futures.append(1); print(r, Result())
