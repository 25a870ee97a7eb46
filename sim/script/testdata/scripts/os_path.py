# os.path is posixpath, as on Linux: os.path after import os, import os.path, from os import path,
# sys.modules["os.path"], __import__("os.path"), and os is no package. Same on CPython 3.11 and 3.13.
import os
print(os.path.join("a", "b"), os.path.__name__, os.path is __import__("posixpath"))
import os.path
from os import path
from os.path import basename, splitext
print(path is os.path, basename("/x/y.txt"), splitext("y.tar.gz"))
import sys
print(sys.modules["os.path"] is os.path, __import__("os.path") is os, __import__("os.path", fromlist=["x"]).__name__)
try:
    os.nope
except AttributeError as e:
    print(e)
try:
    import os.nope
except ImportError as e:
    print(type(e).__name__, e)
