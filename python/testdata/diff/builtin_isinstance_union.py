Number = int | float
print(Number, type(Number).__name__, int | None, str | list[int])
print(isinstance(3, Number), isinstance("3", Number), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance(2.5, (int, (float, str))), isinstance([], list | tuple), (int | str) == (str | int))
def describe(x: int | str | None = None) -> str:
    match_types = {int: "int", str: "str", type(None): "none"}
    return match_types[type(x)]
print(describe(), describe(1), describe("a"), describe.__annotations__["x"])
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
