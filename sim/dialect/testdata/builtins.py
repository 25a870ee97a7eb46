# Builtins with Python's semantics.
print(round(2.675, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2))  #> 2.67 2 4 0 1200
print(round(0.125, 2), round(1.5, None), round(15, -1), round(7))  #> 0.12 2 20 7
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 1]))  #> 6 13 [1, 2] 1.5
print(abs(-3), abs(-2.5), abs(True))  #> 3 2.5 1
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(-7.5, 2))  #> (3, 1) (-4, 1) (-4.0, -0.5) (-4.0, 0.5)
print(pow(2, 10), pow(2, -1), pow(3, 2, 5), pow(3, -1, 7), pow(2.0, 3))  #> 1024 0.5 4 5 8.0
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("a", (int, str)))  #> True True False True
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), set))  #> True True True True
print(type(1), type("a") == str, type([]) is not None, int("12") + 1, str(1.5))  #> <class 'int'> True True 13 1.5
print(repr("it's"), str([1.0, "a"]), float("inf"), 1e-05, 1e16, 100.0)  #> "it's" [1.0, 'a'] inf 1e-05 1e+16 100.0
print({1: "a"}, (1,), set(), {1, 3}, None, True)  #> {1: 'a'} (1,) set() {1, 3} None True
print(1, 2, sep="-", end="!\n")  #> 1-2!
print()  #>
print("a", end="")
print("b")  #> ab
# ---
print(divmod(1, 0))  # error: ZeroDivisionError: integer division or modulo by zero
# ---
print(sum(["a"], ""))  # error: can't sum strings
# ---
print(round("a"))  # error: type str doesn't define __round__ method
# ---
print(isinstance(1, "int"))  # error: isinstance() arg 2 must be a type
# ---
print(pow(0.0, -1))  # error: 0.0 cannot be raised to a negative power
# ---
print("a", sep=1)  # error: sep must be None or a string, not int
# ---
# __name__ of functions and builtins
def named():
    pass
print(named.__name__, len.__name__, (lambda: 0).__name__)
#> named len <lambda>
