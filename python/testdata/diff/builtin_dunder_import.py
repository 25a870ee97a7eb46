# __import__: the top package without a fromlist, the module itself with one, a package's fromlist
# names imported as submodules, relative names resolved against the globals given, and the errors
# CPython raises for each bad argument.
import sys


def show(*args, **kwargs):
    try:
        m = __import__(*args, **kwargs)
        print(type(m).__name__, m.__name__)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))


show("math")
show("collections.abc")
show("collections.abc", fromlist=["Mapping"])
show("collections.abc", None, None, ["Mapping"], 0)
for empty in ((), [], None, ("",)):
    show("collections.abc", fromlist=empty)
show("collections", fromlist=["abc"])
show("collections", fromlist=["nope"])
show("collections", fromlist=["*"])
show("collections", fromlist="abc")
show("math", fromlist=[1])
show("math", globals(), locals(), [], 0)
show("math", 5)
print(__import__("math") is sys.modules["math"], __import__("math").sqrt(16))

print("-- relative")
show("abc", {"__package__": "collections"}, None, ["Mapping"], 1)
show("abc", {"__package__": "collections"}, None, [], 1)
show("", {"__package__": "collections"}, None, [], 1)
show("", {"__package__": "collections"}, None, ["abc"], 1)
show("abc", {"__name__": "collections.foo"}, None, ["x"], 1)
show("abc", {"__name__": "collections", "__path__": []}, None, ["x"], 1)
show("nope", {"__package__": "collections"}, None, [], 1)
show("abc", {"__package__": "collections"}, None, [], 2)
show("abc", {"__package__": ""}, None, [], 1)
show("abc", {"__name__": "collections"}, None, ["x"], 1)
show("math", globals(), level=1)
show("math", level=1)
show("abc", {}, None, ["x"], 1)
show("abc", {"__package__": 5}, None, [], 1)
show("abc", {"__name__": 5}, None, ["x"], 1)
show("math", 5, level=1)

print("-- errors")
show("collections", fromlist=[1])
show("collections", fromlist=1)
show("math", level=-1)
show("")
show(".math")
show(1)
show(b"math")
show()
show("nope")
show("nope.sub")
show("math.sub")
show("math.")
show("math..x")
show("collections.nope")
show("collections..x")
show("math", foo=1)
show("math", None, None, (), 0, 5)
show("math", level="x")
show("math", level=1.0)
show("math", name="x")
show(name="math")
print(__import__.__name__, __import__.__module__, callable(__import__))

try:
    import math.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
from collections import abc
print(abc.__name__)
