# Reference case 09 (future_falsey_exception), translated into the dialect; still valid Python.
# The case: exceptions whose __bool__ is False or __len__ is 0 (gh-132063). CPython 3.11-3.13.0 test
# `if self._exception:` in result(), so result() returns None for them; the fix (3.14) raises them.
#
# Covered: none of the expected lines (see below); the script prints lines of its own, which CPython prints too.
# Not covered: all four expected lines. They need exception classes defined with `class` (overriding
# __bool__ / __len__), which the dialect does not have; every exception the dialect can make is truthy.
# What the script checks instead is the behaviour both CPython versions share for an ordinary (truthy)
# exception: exception() returns it, and result() raises it. result() is left to raise uncaught, so the
# golden .err holds its traceback's last line.
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(int, "msg")
    print("ValueError exception():", type(f.exception()).__name__)
    print("truthy:", bool(f.exception()))
    r = f.result()
    print("ValueError result() returned", repr(r))
