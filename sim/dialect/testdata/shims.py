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
# The power operator, with Python's precedence and associativity.
x = 3
print(2 ** 10, -2 ** 2, 2 ** -1, 2 ** 3 ** 2, (x + 1) ** 2 * 2)  #> 1024 -4 0.5 512 32
a = [1.5, 2]
print(a[0] ** 2, len(a) ** len(a), 10 ** 20, "%d" % 2 ** 3)  #> 2.25 4 100000000000000000000 8
x **= 3
print(x, sum(i ** 2 for i in range(4)))  #> 27 14
print(pow(
    2, 5) ** 2)  #> 1024
# ---
print(0.0 ** -1)  # error: 0.0 cannot be raised to a negative power
# ---
assert 1 + 1 == 3, "math is %s" % "broken"  # error: AssertionError: math is broken
# ---
assert 0  # error: AssertionError
# ---
# raise evaluates its exception, then its cause, and checks both.
print("before")  #> before
raise 5 if True else 6  # error: TypeError: exceptions must derive from BaseException
# ---
raise (  # error: exceptions must derive from BaseException
    "not an exception")
# ---
if True: raise 1 + 1  # error: exceptions must derive from BaseException
# nopython
print(f"{1}")  # error: f-strings are not supported
# ---
# Strings iterate over their characters, bytes over their values.
print([c for c in "héllo"], list("ab"), tuple("ab"), sorted("cab"), list(b"AB"))  #> ['h', 'é', 'l', 'l', 'o'] ['a', 'b'] ('a', 'b') ['a', 'b', 'c'] [65, 66]
print(list(enumerate("ab")), list(zip("ab", [1, 2])), max("abc"), min("b", "a"), "".join(reversed("abc")))  #> [(0, 'a'), (1, 'b')] [('a', 1), ('b', 2)] c a cba
for ch in "xy":
    print(ch)
#> x
#> y
# ---
for x in 5:  # error: 'int' object is not iterable
    pass
# ---
# x is y for any y: identity for lists, dicts and host objects; equal values of one type for
# numbers, strings and tuples (see isBuiltin).
x = [1]
y = x
print(x is [1], x is y, x is not [1], (1, "a") is (1, "a"), 1 is not True)  #> False True True True True
