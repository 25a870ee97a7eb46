# An IntEnum member indexes a list through __index__.
from enum import IntEnum
class Slot(IntEnum):
    FIRST = 0
    THIRD = 2
print(["a", "b", "c"][Slot.THIRD], "xyz"[Slot.FIRST], range(5)[Slot.THIRD])
