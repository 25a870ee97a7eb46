# linecache gives the running script's own lines, each ending in a newline.
import linecache
import sys

lines = linecache.getlines(__file__)
print(len(lines), repr(lines[0]), repr(lines[-1]))
print(repr(linecache.getline(__file__, 2)), repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10**6)))
print(repr(linecache.getline("no such file.py", 1)), linecache.getlines("no such file.py"))
here = sys._getframe()
print(repr(linecache.getline(here.f_code.co_filename, here.f_lineno).strip()))
linecache.checkcache()
linecache.clearcache()
print(linecache.getline(__file__, 3), end="")
# the last line
