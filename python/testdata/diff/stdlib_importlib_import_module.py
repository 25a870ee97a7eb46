# importlib.import_module: the module itself (not its top package), relative names resolved from
# the package argument, and CPython's errors for each bad name or package.
import importlib
import sys


def show(*args, **kwargs):
    try:
        m = importlib.import_module(*args, **kwargs)
        print(m.__name__)
    except Exception as e:
        print(type(e).__name__, e)


show("math")
show("collections.abc")
show(".abc", "collections")
show(".", "collections")
show("..abc", "collections")
show("..abc", "collections.abc")
show(".abc", package="collections")
show(".abc")
show(".abc", "")
show(".abc", None)
show(".abc", 5)
show("abc", 5)
show("math.sub")
show("collections.nope")
show("")
show("nope")
show(1)
print(importlib.import_module("math") is sys.modules["math"])
