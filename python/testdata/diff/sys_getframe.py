# sys._getframe: the caller's code, line, globals and locals, as logging and warnings use them.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, f.f_code.co_filename.rsplit("/", 1)[-1]


def outer():
    x = 1
    print("outer", where())
    return inner(x)


def inner(y):
    f = sys._getframe()
    print("inner", f.f_code.co_name, f.f_lineno, sorted(f.f_locals))
    print("caller", f.f_back.f_code.co_name, f.f_back.f_lineno)
    print("line moves", f.f_lineno)
    chain = []
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    return chain


print(outer())
print("module", where(), sys._getframe().f_back)
print("globals", sys._getframe().f_globals is globals(), sys._getframe(0).f_locals is globals())
print("comprehension", [where(1)[0] for _ in range(2)])
print("lambda", (lambda: where())())


class C:
    here = where()
    def method(self):
        return where()


print("class body", C.here)
print("method", C().method())


def gen():
    yield where()
    yield sys._getframe().f_back.f_code.co_name


g = gen()
print("generator", next(g), next(g))

f = None
def keep():
    global f
    f = sys._getframe()
    return 1
keep()
print("after return", f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name)

for bad in (5, 100):
    try:
        sys._getframe(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError", e)
print(type(sys._getframe()).__name__, type(sys._getframe().f_code).__name__)
print(sys._getframe().f_code is sys._getframe().f_code, sys._getframe(0).f_code.co_name)
