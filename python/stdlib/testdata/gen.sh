#!/bin/sh
# Writes the goldens of the script tests: each testdata/NAME.py run by
# CPython 3.13.0 from this directory, its stdout in NAME.out, stderr in
# NAME.err and exit code in NAME.exit. Usage: sh gen.sh [NAME.py ...]
set -u
PY=${PY:-$HOME/.pyenv/versions/3.13.0/bin/python3}
cd "$(dirname "$0")"
"$PY" -c 'import sys; assert sys.version_info[:3] == (3, 13, 0), sys.version' || exit 1
[ $# -eq 0 ] && set -- *.py
for f in "$@"; do
	n=${f%.py}
	PYTHONHASHSEED=0 PYTHON_COLORS=0 "$PY" -X utf8 "$f" >"$n.out" 2>"$n.err"
	echo $? >"$n.exit"
	# CPython names the main script by its absolute path; the goldens name it as run.
	sed -i "s|File \"$PWD/|File \"|" "$n.err"
done
echo "CPython 3.13.0" >VERSION
