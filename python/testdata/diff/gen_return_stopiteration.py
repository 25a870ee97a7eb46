def g():
    yield 1
    raise StopIteration("inside")

try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def h():
    return 5
    yield

try:
    next(h())
except StopIteration as e:
    print("value", e.value)

def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
