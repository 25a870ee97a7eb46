"""python3 -m futurescope_record [-o TRACE] [--limit SECONDS] SCRIPT [ARGS...]"""

import sys

from . import runner

USAGE = ("usage: python3 -m futurescope_record [-o TRACE.json] [--limit SECONDS] SCRIPT.py [ARGS...]\n"
         "runs SCRIPT.py as CPython would and writes what its futures, threads and processes did to TRACE.json\n"
         "(default trace.json); a script still running after --limit seconds (default 60) is stopped\n")


def parse(argv):
    out, limit = "trace.json", 60.0
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        a = argv[i]
        if a in ("-h", "--help"):
            sys.stdout.write(USAGE)
            raise SystemExit(0)
        if a in ("-o", "--limit") and i + 1 < len(argv):
            if a == "-o":
                out = argv[i + 1]
            else:
                try:
                    limit = float(argv[i + 1])
                except ValueError:
                    limit = -1
                if not limit > 0:
                    sys.stderr.write("futurescope_record: --limit: want a number of seconds above 0, got %r\n" % argv[i + 1])
                    raise SystemExit(2)
            i += 2
            continue
        sys.stderr.write("futurescope_record: unknown flag %r\n%s" % (a, USAGE))
        raise SystemExit(2)
    if i >= len(argv):
        sys.stderr.write(USAGE)
        raise SystemExit(2)
    return out, limit, argv[i], argv[i + 1:]


if __name__ == "__main__":
    out, limit, script, args = parse(sys.argv[1:])
    runner.run(script, args, out, limit)
