"""Runs a test script on CPython with this package's modules written in
Python (../../lib/*.py) in place of CPython's own, so the script's output
can be compared with the goldens CPython's modules wrote.

Usage: python3 run.py LIBDIR SCRIPT
"""
import importlib.machinery
import importlib.util
import os
import sys

lib = os.path.abspath(sys.argv[1])
script = sys.argv[2]
# Modules that wrap a module written in Go, or that CPython's own modules need whole (warnings), run
# only on the project's interpreter.
WRAPPERS = {'itertools', 're', 'random', 'warnings'}
names = {f[:-3] for f in os.listdir(lib) if f.endswith('.py')} - WRAPPERS


class LibFinder:
    """Finds the modules of lib before CPython's built-in, frozen and path finders."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in names:
            # A module with submodules here (collections.abc) is made a package.
            package = [lib] if any(n.startswith(name + '.') for n in names) else None
            return importlib.util.spec_from_file_location(name, os.path.join(lib, name + '.py'),
                                                          submodule_search_locations=package)
        return None


code = compile(open(script, encoding='utf-8').read(), script, 'exec')
for n in WRAPPERS:
    __import__(n)  # CPython's own, with CPython's dependencies
for n in names:
    sys.modules.pop(n, None)
sys.meta_path.insert(0, LibFinder)
sys.argv = [script]
exec(code, {'__name__': '__main__', '__file__': script, '__builtins__': __builtins__})
for n in sorted(names):
    m = sys.modules.get(n)
    if m is not None and not os.path.abspath(getattr(m, '__file__', None) or '-').startswith(lib):
        print(f'run.py: {n} is CPython\'s, not {lib}/{n}.py', file=sys.stderr)
        sys.exit(3)
