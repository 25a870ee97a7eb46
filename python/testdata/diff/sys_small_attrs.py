# sys.version_info's fields, sys.exit's arguments, sys.stdout's identity and attributes.
import sys
vi = sys.version_info
print(vi.major, vi.minor >= 9, vi[:1], vi >= (3, 9), type(vi).__name__, len(vi), vi.releaselevel, vi.serial, vi.micro >= 0)
print(repr(vi).startswith("sys.version_info(major=3, minor="), hasattr(vi, "_fields"), tuple(vi)[:1], vi.major == vi[0])
try:
    type(vi)(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.name, sys.stderr.name)
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.mode, sys.stdout.encoding, sys.stderr.errors, sys.stdout.closed)
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.seekable())
for a in ((), (None,), (0,), ("msg",), (1, 2)):
    try:
        sys.exit(*a)
    except (SystemExit, TypeError) as e:
        print(type(e).__name__, repr(e.args), repr(getattr(e, "code", None)))
try:
    sys.exit(code=3)
except TypeError as e:
    print("TypeError", e)
