# abc and typing as scripts use them: an abstract base class for workers (abstract methods and
# properties, instantiation errors, register), typing's names in annotations, TypeVar and Generic,
# cast, Protocol and NamedTuple.
import abc
from typing import Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, TypeVar, Union, cast


class Worker(abc.ABC):
    @abc.abstractmethod
    def run(self, job: int) -> str: ...

    @property
    @abc.abstractmethod
    def name(self) -> str: ...

    def describe(self) -> str:
        return f"{self.name}: {self.run(1)}"


class Echo(Worker):
    def run(self, job):
        return f"job {job}"

    @property
    def name(self):
        return "echo"


print(Echo().describe(), isinstance(Echo(), Worker), Worker.__abstractmethods__ == frozenset({"run", "name"}))
for cls in (Worker,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Half(Worker):
    def run(self, job):
        return ""


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Plugin(abc.ABC):
    pass


print(Plugin.register(int) is int)
print(isinstance("x", Plugin))
T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b: Box[int] = Box(5)
print(b.get(), cast(int, "not checked"), T.__name__)


def apply(fn: Callable[[int], int], xs: List[int], opts: Optional[Dict[str, Any]] = None) -> Union[int, None]:
    return sum(map(fn, xs))


print(apply(lambda x: x * 2, [1, 2, 3]), apply.__annotations__["xs"] == List[int])


class HasRun(Protocol):
    def run(self, job: int) -> str: ...


class Point(NamedTuple):
    x: int
    y: int = 0


print(Point(1), Point(2, 3)._asdict(), Point._fields, Point(1) == (1, 0))
