from typing import NamedTuple, TypedDict, Optional
class Job(NamedTuple):
    """A unit of work."""
    id: int
    name: str = "job"
    timeout: Optional[float] = None
    def label(self):
        return f"{self.name}#{self.id}"
j = Job(1)
print(j, Job(2, "b", 1.5), j.label(), j._fields, j._field_defaults, j._replace(id=9), j._asdict(), Job.__doc__)
print(Job.__annotations__, len(j), j[0], type(j).__name__)
a, b, c = Job(7, "x"); print(a, b, c)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Heat", year=1995); print(m, type(m).__name__, m["year"])
try:
    Job()
except TypeError as e:
    print("TypeError", e)
from collections import namedtuple
print(namedtuple("P", "x y").__doc__)
