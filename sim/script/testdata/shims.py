# Python syntax the shims turn into Starlark.
x = None
print(x is None, x is not None, (x is True))  #> True False False
print(sum(i * i for i in range(4)), max(len(s) for s in ["a", "bcd"]))  #> 14 3
print(list((c for c in ["a", "b"])), sorted({3, 1, 2}), {i % 2 for i in range(5)} == {0, 1})  #> ['a', 'b'] [1, 2, 3] True
print(1_000_000 + 1, "ab" "cd", ("long "
      "string %d" % 5))  #> 1000001 abcd long string 5
print(U"u", R"\d", u"x" "y")  #> u \d xy


def scale(n: int, k: float = 2.0) -> float:
    total: float = n * k
    unused: int
    return total


print(scale(3))  #> 6.0
assert scale(1) == 2.0, "scale"
assert True
# ---
assert 1 + 1 == 3, "math is %s" % "broken"  # error: AssertionError: math is broken
# ---
assert 0  # error: AssertionError
# ---
# nopython
print(f"{1}")  # error: f-strings are not supported
