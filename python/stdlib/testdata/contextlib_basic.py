from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing, redirect_stdout
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["missing"]
print("after")
@tag("deco")
def f():
    print("in f")
f()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("body")
class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
with redirect_stdout(w):
    print("hidden")
print("".join(w.parts))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
