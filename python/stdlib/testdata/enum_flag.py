# Flag and IntFlag: bits combined into pseudo-members, in, iteration, len, reprs, a Flag's STRICT error.
from enum import Flag, IntFlag, auto
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw, isinstance(rw, int), rw == 6, Perm.R in rw, Perm.X in rw, list(rw), repr(Perm(0)), bool(Perm(0)))
print(repr(Perm.R & Perm.W), repr(rw ^ Perm.R), repr(~Perm.R), repr(Perm(7)), Perm.R | 8, repr(Perm.R | 1), len(Perm), list(Perm))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
c = Color.RED | Color.BLUE
print(repr(c), str(c), c.name, c.value, list(c), Color.RED in c, repr(~Color.RED), repr(Color(0)), bool(Color(0)), repr(Color(5)))
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
print(Color, Perm, Perm.R.name, Perm.R.value, hash(Perm.R) == hash(4), f"{rw:>3}", Perm.R + 1, -Perm.W, Color.RED == Color.RED, Color.RED == 1)
try:
    1 in Color.RED
except TypeError as e:
    print("TypeError", e)
class Weekday(Flag):
    MON = 1
    TUE = 2
    WEEKDAYS = 3
print(repr(Weekday.WEEKDAYS), list(Weekday), repr(Weekday.MON | Weekday.TUE), len(Weekday.WEEKDAYS))
import enum
print(enum.Flag, enum.IntFlag, issubclass(enum.IntFlag, int), issubclass(enum.IntFlag, enum.Flag))
print(len(Weekday), len(Perm), Weekday.WEEKDAYS in list(Weekday), Weekday["WEEKDAYS"], Weekday(3) is Weekday.WEEKDAYS)
