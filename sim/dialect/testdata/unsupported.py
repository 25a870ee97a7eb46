# nopython
# Python that the dialect rejects, with the construct's name and an alternative.
try:  # error: try/except is not supported
    pass
except ValueError:
    pass
# ---
# nopython
class A:  # error: class is not supported
    pass
# ---
# nopython
@decorate  # error: decorators are not supported
def f():
    pass
# ---
# nopython
def g():
    yield 1  # error: generators (yield) are not supported
# ---
# nopython
n = 0


def inc():
    global n  # error: global is not supported
    n += 1
# ---
# nopython
d = {"a": 1}
del d["a"]  # error: del is not supported
# ---
# nopython
if (n := 3) > 2:  # error: the := operator is not supported
    pass
# ---
# nopython
print(1 < 2 < 3)  # error: chained comparisons (a < b < c) are not supported
# ---
# nopython
for i in range(3):
    pass
else:  # error: else after a for loop is not supported
    pass
# ---
# nopython
a, *rest = [1, 2, 3]  # error: starred assignment
# ---
# nopython
print(undefined_name)  # error: name 'undefined_name' is not defined
# ---
# nopython
async def h():  # error: async/await is not supported
    pass
# ---
# nopython
x = ...  # error: Ellipsis (...) is not supported
# ---
# nopython
print("x", file=None)
print("y", file=1)  # error: print(file=...) is not supported
#> x
# ---
# nopython
__mod__ = 1  # error: __mod__ is a name reserved by the dialect
# ---
# nopython
print "hello"  # error: print is a function in Python 3
# ---
# nopython
xⸯoad = 1  # error: invalid character
