"""Write the goldens of python/syntax's tests with CPython (run it with 3.13).

For each testdata/parse/NAME.py it writes NAME.ast: a first line naming the
CPython version, then ast.dump(ast.parse(source), include_attributes=True).
For each testdata/errors/NAME.py it writes NAME.err: the same first line, then
exactly what `python3 NAME.py` prints on stderr. CPython 3.13 names the
script by its absolute path; the generator removes the directory part, so the
File line reads "NAME.py" wherever the checkout lives.

    ~/.pyenv/versions/3.13.0/bin/python3 python/syntax/testdata/gen.py
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "CPython %d.%d.%d" % sys.version_info[:3]


def main():
    pdir = os.path.join(HERE, "parse")
    for name in sorted(os.listdir(pdir)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(pdir, name), "rb") as f:
            src = f.read()
        tree = ast.parse(src, filename=name)
        out = "# " + VERSION + "\n" + ast.dump(tree, include_attributes=True) + "\n"
        with open(os.path.join(pdir, name[:-3] + ".ast"), "w", encoding="utf-8", newline="\n") as f:
            f.write(out)
    edir = os.path.join(HERE, "errors")
    for name in sorted(os.listdir(edir)):
        if not name.endswith(".py"):
            continue
        r = subprocess.run([sys.executable, name], cwd=edir, capture_output=True)
        if r.returncode == 0:
            sys.exit("gen.py: %s has no error" % name)
        with open(os.path.join(edir, name[:-3] + ".err"), "wb") as f:
            err = r.stderr.replace((edir + os.sep).encode(), b"")
            f.write(("# " + VERSION + "\n").encode() + err)


if __name__ == "__main__":
    main()
