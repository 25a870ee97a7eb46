#!/bin/sh
# Times CPython (default python3, or $PYTHON) on the benchmark scripts, for
# comparison with `go test -bench . ./python/py` (CPU seconds, best of 3).
PY=${PYTHON:-python3}
cd "$(dirname "$0")"
for f in cpu.py; do
	best=
	for i in 1 2 3; do
		t=$( { /usr/bin/time -f "%U %S" "$PY" "$f" >/dev/null; } 2>&1 | awk '{print $1+$2}')
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
	done
	echo "$PY $f: ${best}s CPU"
done
