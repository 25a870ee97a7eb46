from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.GREEN), Color, Color(3), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.BLUE.describe(), type(Color.RED), isinstance(Color.RED, Color), list(Color.__members__))
print(f"{Color.RED}", "{}".format(Color.GREEN), {Color.RED: "r"}[Color.RED], sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    FINISHED = auto()
print(list(State), State.FINISHED.value)
class Prio(IntEnum):
    LOW = 1
    HIGH = 5
print(Prio.HIGH, repr(Prio.LOW), Prio.LOW == 1, Prio.LOW < Prio.HIGH, Prio.HIGH + 1, f"{Prio.LOW:03d}")
class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow!"
print(Mode.FAST, repr(Mode.FAST), Mode.SLOW == "slow!", Mode("fast"), Mode.SLOW.upper())
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS, list(Shape), Shape.__members__["ALIAS"])
try:
    unique(Shape)
except ValueError as e:
    print("ValueError", e)
for c in Color:
    print(c.name.lower(), end=" ")
print()
