# IntEnum and StrEnum members are ints and strs; Enum's functional API, _missing_, auto, Color['RED'].
import enum
from enum import IntEnum, Enum
from enum import Enum, IntEnum, auto, StrEnum
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(repr(Color.RED), str(Color.RED), f"{Color.GREEN:>4}", isinstance(Color.RED, int), -Color.GREEN, Color.RED + 1, Color.RED == 1, hash(Color.RED) == hash(1))
print(Color['GREEN'], Color(2), 2 in Color, sorted([Color.GREEN, Color.RED]), int(Color.GREEN), [1, 2, 3][Color.RED])
print(Color.RED.name, Color.RED.value, type(Color.RED.value), Color.RED < 2, max(Color), {Color.RED: 'a'}[1])
print(Color.GREEN * 3, Color.GREEN // 2, Color.GREEN << 1, abs(-Color.RED), str(Color.GREEN.real), "%d %s %r" % (Color.RED, Color.RED, Color.RED))
N = IntEnum('N', ['ONE', 'TWO'])
print(repr(N.TWO), N.__module__, N(1) is N.ONE, N.TWO + 0, list(N))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE if value == 'sq' else None
print(Shape('sq'), Shape(2))
try:
    Shape(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color['BLUE']
except KeyError as e:
    print("KeyError", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class E(Enum):
    A = 5
    B = 1
    C = auto()
print(list(E))
class S(StrEnum):
    X = auto()
    Y = "why"
print(repr(S.X), str(S.X), f"{S.Y}", isinstance(S.X, str), S.X.upper(), S.Y == "why", S.X + "!", len(S.Y))
N = IntEnum('N', ['ONE', 'TWO'])
print(repr(N.TWO), N.__module__, N.__qualname__)
F = Enum('F', 'A B, C', start=10)
print(list(F))
G = Enum('G', [('X', 'x'), ('Y', 'y')])
H = Enum('H', {'P': 1, 'Q': 2})
print(list(G), list(H), H(2), H['Q'])
try: Enum('Empty')
except TypeError as e: print(e)
print(E(1), repr(Enum), Enum.__members__ if hasattr(Enum, '__members__') else None)
class Sig(IntEnum):
    SIGINT = 2
    SIGTERM = 15
print(isinstance(Sig.SIGTERM, int), -Sig.SIGTERM, Sig['SIGTERM'], Sig(15).name, Sig.SIGTERM.__class__.__mro__[1:3])
print(sorted({Sig.SIGTERM, 15, Sig.SIGINT}), Sig.SIGINT.bit_length(), Sig.SIGTERM.to_bytes(1, 'big'), divmod(Sig.SIGTERM, 4))
print(Color.__members__, list(Color.__members__.items())[0], type(Color.__members__).__name__)
