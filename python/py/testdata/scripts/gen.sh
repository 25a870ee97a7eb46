#!/bin/sh
# Writes NAME.out, NAME.err and NAME.exit for every script here by running
# CPython 3.13 (set PYTHON to override), and records its version in VERSION.
PY=${PYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3}
cd "$(dirname "$0")"
"$PY" -c 'import sys; print("CPython", sys.version.split()[0])' > VERSION
for f in *.py; do
	n=${f%.py}
	PYTHONHASHSEED=0 PYTHONUTF8=1 PYTHON_COLORS=0 "$PY" "$f" > "$n.out" 2> "$n.err"
	echo $? > "$n.exit"
done
# CPython names the main script by its absolute path; the goldens name it as run.
sed -i "s|File \"$PWD/|File \"|" *.err
