"""Module docstring."""
import sys
print(sorted(k for k in globals() if k.startswith("__")))
print(__name__, __doc__, __package__, __spec__, __cached__ if "__cached__" in globals() else "-")
print(sys.modules["__main__"] is sys.modules[__name__], type(__builtins__).__name__)
x: int = 1
print(__annotations__, "x" in dir(), sorted(n for n in dir() if not n.startswith("_")))
