from concurrent.futures import Future, ThreadPoolExecutor


class Task:
    """A task."""
    count = 0

    def __init__(self, name):
        self.name = name
        Task.count += 1

    def __repr__(self):
        return f"Task({self.name!r})"


class Timed(Task, metaclass=type):
    pass


class Empty(): pass


class Kw(object, **{"x": 1}):
    x: int
    y: str = "a"


**@dataclass
class Point:
    x: float
    y: float = 0.0
