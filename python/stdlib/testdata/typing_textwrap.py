from typing import Any, Optional, List, Dict, Callable, Iterable, TypeVar, Generic, Union, Tuple
import typing, textwrap
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
def run(fn: Callable[[int], str], xs: Iterable[int], default: Optional[str] = None) -> Dict[str, Any]:
    return {fn(x): x for x in xs}
s = Stack(); s.push(1); print(s.items, run(str, [1, 2]))
print(T, typing.Any, Optional[int], List[int], Dict[str, int], Union[int, str], Tuple[int, ...])
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
P = typing.NamedTuple("P", [("x", int), ("y", int)]); print(P(1, 2))
text = """
    Hello there,
      indented line
    last
"""
print(repr(textwrap.dedent(text)))
print(textwrap.indent("a\nb\n\nc", "> "))
para = "The quick brown fox jumps over the lazy dog and keeps running far away into the distance."
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world! This is long", width=15))
