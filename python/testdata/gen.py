"""Write the differential corpus's goldens by running each script under CPython.

Usage (from anywhere; paths are relative to this file):

    ~/.pyenv/versions/3.13.0/bin/python3 python/testdata/gen.py           # rewrite every golden
    ~/.pyenv/versions/3.13.0/bin/python3 python/testdata/gen.py --check   # only compare, write nothing
    ~/.pyenv/versions/3.13.0/bin/python3 python/testdata/gen.py NAME ...  # only these scripts
    ... gen.py --check --once --compare ''   # what python/difftest's live test runs

For each diff/NAME.py it writes diff/NAME.out (stdout), diff/NAME.err (stderr, only when not empty),
diff/NAME.exit (the exit code, only when not 0) and diff/NAME.cpython, the stamp naming the CPython
that wrote them and each file's SHA-256 (the format of internal/golden, whose VerifyStamps fails a
golden written any other way). Only CPython writes these files: the Go harness (python/difftest)
reads them and never rewrites them.

Each script runs in diff/ as `python3 NAME.py` with a fixed environment (UTF-8, no colours). CPython
names the main script by its absolute path in tracebacks; the goldens drop diff/'s path, so they read
`File "NAME.py"` on every machine, which is what the harness passes to py.RunMain as the filename. Each script runs twice with different hash seeds and must print the
same bytes both times; a script whose output differs is reported and the run fails. When a second
CPython is given (--compare, default 3.12.1 under pyenv), scripts whose output differs from it are
listed in diff/VERSION_NOTES: their goldens are the writing interpreter's (3.13), not the other's.
"""

import argparse
import concurrent.futures
import hashlib
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DIFF = HERE / "diff"
PYENV = pathlib.Path.home() / ".pyenv" / "versions"
TIMEOUT = 60


def env(seed):
    e = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": str(seed),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHON_COLORS": "0",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return e


def run(python, name, seed):
    p = subprocess.run(
        [python, name + ".py"],
        cwd=DIFF,
        env=env(seed),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return strip_dir(p.stdout), strip_dir(p.stderr), p.returncode


def strip_dir(b):
    """CPython 3.9+ names the main script by its absolute path; the goldens name it as run, "NAME.py"."""
    return b.replace(str(DIFF).encode() + b"/", b"")


def version(python):
    out = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


HOW = "run ~/.pyenv/versions/3.13.0/bin/python3 python/testdata/gen.py NAME to write them again"


def goldens(out, err, code):
    """The golden files of one run: NAME.out always, .err and .exit only when not empty and not 0."""
    return {".out": out, ".err": err or None, ".exit": (f"{code}\n".encode() if code else None)}


def stamp(name, ver, files):
    """The stamp internal/golden reads (golden.VerifyStamps): the CPython version and each file's hash."""
    lines = [f"# CPython {ver} wrote these goldens of {name}.py: do not edit them, {HOW}\n"]
    for ext in sorted(files):
        if files[ext] is not None:
            lines.append(f"{name}{ext} sha256:{hashlib.sha256(files[ext]).hexdigest()}\n")
    return "".join(lines).encode()


def current(name):
    """The goldens of name as they are on disk, in the shape goldens() returns."""
    got = {}
    for ext in (".out", ".err", ".exit"):
        p = DIFF / (name + ext)
        got[ext] = p.read_bytes() if p.exists() else None
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("--check", action="store_true", help="compare with the goldens, write nothing")
    ap.add_argument("--once", action="store_true", help="run each script once (skip the determinism check)")
    ap.add_argument("--jobs", type=int, default=2, help="scripts run at the same time")
    ap.add_argument("--compare", default=str(PYENV / "3.12.1" / "bin" / "python3"),
                    help="a second CPython whose differences are noted ('' to skip)")
    args = ap.parse_args()

    python = sys.executable
    ver = version(python)
    names = args.names or sorted(p.stem for p in DIFF.glob("*.py"))
    other = args.compare if args.compare and os.path.exists(args.compare) else None
    other_ver = version(other) if other else None

    notes = {}
    failures = []

    def runs(name):
        first = run(python, name, 0)
        second = first if args.once else run(python, name, 12345)
        differs = bool(other) and run(other, name, 0) != first
        return name, first, second, differs

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        results = list(pool.map(runs, names))
    for name, first, second, differs in results:
        if first != second:
            failures.append(f"{name}: not deterministic (two hash seeds print different output)")
            continue
        if differs:
            notes[name] = other_ver
        files = goldens(*first)
        if args.check:
            if current(name) != files:
                failures.append(f"{name}: golden is stale")
            continue
        for ext, data in files.items():
            p = DIFF / (name + ext)
            if data is not None:
                p.write_bytes(data)
            elif p.exists():
                p.unlink()
        (DIFF / (name + ".cpython")).write_bytes(stamp(name, ver, files))

    if other and not args.names and not args.check:
        body = "".join(f"{n}\n" for n in sorted(notes))
        (DIFF / "VERSION_NOTES").write_text(
            f"# scripts whose output under CPython {other_ver} differs from the goldens "
            f"(written by CPython {ver}); the goldens follow {ver}\n" + body)
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{len(names)} scripts, {len(failures)} problems, {len(notes)} differ under {other_ver}",
          file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
