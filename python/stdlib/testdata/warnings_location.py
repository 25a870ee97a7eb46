# warnings name the place stacklevel points at; linecache gives its line.
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    sys.stderr.write(warnings.formatwarning(message, category, filename.rsplit("/", 1)[-1], lineno, line))


warnings.showwarning = show
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
def f():
    warnings.warn("plain")
for i in range(3):
    old()
    f()
old()
warnings.warn("top", UserWarning)
warnings.simplefilter("module")
f()
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    print([(x.filename.rsplit("/", 1)[-1], x.lineno, str(x.message)) for x in w])
warnings.warn("deep", stacklevel=10)
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
warnings.simplefilter("error")
try:
    old()
except DeprecationWarning as e:
    print("error", e)
import warnings, sys
warnings.simplefilter("module")
warnings.warn("deep", stacklevel=10)
warnings.warn("deep", stacklevel=10)
print(sys.__dict__.get("__warningregistry__"))
warnings.simplefilter("default")
warnings.warn("deep2", stacklevel=10)
warnings.warn("deep2", stacklevel=10)
print(sys.__dict__.get("__warningregistry__"))
