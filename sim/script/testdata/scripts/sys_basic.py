# sys for concurrency scripts: argv, version_info, platform, maxsize, stdout/stderr writes, exc_info
# and exception, exit codes through SystemExit, the recursion limit and the switch interval.
import sys

print(sys.argv, sys.version_info[:1], sys.version_info >= (3, 8), sys.version_info[0], sys.platform)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
for code in (0, 3, "message"):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in [lambda: sys.setswitchinterval(0), lambda: sys.setrecursionlimit(0), lambda: sys.setswitchinterval("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# (whether threading is in sys.modules at start-up is not asked: CPython 3.11 imports it, 3.13 does not)
print("sys" in sys.modules, "builtins" in sys.modules)
print(callable(sys.stdout.write), callable(sys.stderr.flush))
