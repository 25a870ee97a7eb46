# enum for task states: Enum with auto, lookup by value and name, iteration, members and aliases,
# IntEnum comparisons, unique, str and repr, and the errors.
import enum
from enum import Enum, IntEnum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FINISHED = 3


print(list(State), State.DONE is State.FINISHED, State(2), State.__members__["RUNNING"], State.DONE.name, State.DONE.value)
print(repr(State.PENDING), str(State.PENDING), len(State), State.PENDING in State, list(State.__members__))
print([s.name for s in State], State.RUNNING == 2, State.RUNNING != State.DONE, hash(State.DONE) == hash(State.DONE))


class Priority(IntEnum):
    LOW = 1
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(10), int(Priority.LOW))
print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", Priority.LOW == 1)


class Color(Enum):
    RED = "r"
    GREEN = "g"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.RED


print(Color.GREEN.describe(), Color.default(), Color("g"), {Color.RED: 1}[Color.RED])
for bad in [lambda: State(9), lambda: State.__members__["NOPE"], lambda: Color("x")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(isinstance(State.DONE, State), type(State.DONE).__name__, State.DONE.__class__ is State)
