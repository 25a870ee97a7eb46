// Command futurescope runs Python concurrent.futures scripts on futurescope's deterministic simulator
// and exports what happened. It is pure Go (it builds with CGO_ENABLED=0) and needs no display: the
// desktop window is a separate binary, cmd/native.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/futurescope/futurescope/internal/gctune"
)

func main() {
	gctune.Start(gctune.Defaults)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		return runCommand(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "serve":
		return serveCommand(args[1:], stdout, stderr)
	case "lessons":
		return lessonsCommand(args[1:], stdout, stderr)
	case "desktop":
		return desktopCommand(args[1:], stdin, stdout, stderr)
	case "record":
		return recordCommand(args[1:], stdin, stdout, stderr)
	case "compare":
		return compareCommand(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "futurescope: unknown command %q\n\n%s", args[0], usage)
	return 2
}

const usage = `futurescope: see how Python's concurrent.futures behaves, on a deterministic simulator.

Usage:
  futurescope run [flags] FILE.py     run a script (FILE.py may be - for standard input)
  futurescope desktop [FILE.py]       open the desktop window (futurescope-native, built from cmd/native):
                                      the examples, or FILE.py, re-run whenever it changes on disk
  futurescope serve [--dir DIR] [--addr HOST:PORT]
                                      serve the web playground (built by make web into web/dist;
                                      default address 127.0.0.1:8080)
  futurescope lessons check [flags]   run every lesson's scripts and compare them with their golden files
  futurescope record [flags] FILE.py  run a script under the real CPython (python3) and record its trace
  futurescope compare [flags] FILE.py run a script on the simulator and under CPython, and list where
                                      the two runs differ (futurescope record --help, compare --help)
  futurescope help                    show this help

The script is Python, run by the project's own interpreter (f-strings, try/except, classes, generators,
lazy zip/enumerate/as_completed, CPython 3.13's tracebacks; README.md lists what it lacks) on virtual
time: time.sleep, CPU work and the GIL cost simulated time, so every run prints the same thing, byte for
byte.

Flags of run (before or after FILE.py):
  --trace FILE         write the run's trace as JSON (futurescope's event model)
  --chrome-trace FILE  write the trace as Chrome Trace Event JSON (open in https://ui.perfetto.dev)
  --svg FILE           draw the run's timeline as an SVG image (open it in a browser; hover for details)
  --view VIEW          what --svg draws: futures, threads or both (default both)
  --lang LANG          the language --svg writes in: en or zh (default en)
  --timestamps         prefix each printed line with its virtual time and thread
  --cores N            simulated CPU cores, also os.cpu_count() (default 4)
  --step-cost D        virtual CPU time of one interpreter instruction (default 3ns, calibrated so
                       that CPU-bound code takes about what it takes in CPython 3.11)
  --free-threaded      run without a GIL, like CPython 3.13t
  --switch-interval D  how long a thread waiting for the GIL waits before the holder must let go
                       (default 5ms, like sys.getswitchinterval())
  --limit D            virtual time limit (default 60s); a run that passes it stops with a report
  --max-steps N        interpreter instruction budget of the whole run (default 1000000000); a run
                       that uses it up stops with a report naming the line each thread was running
  --seed N             seed of the random module (default 0)

Flags of lessons check (run it from the repository's root):
  --lang LANG          check only the lessons in en or zh
  --update             rewrite lessons/testdata/golden with what the scripts do now
  --golden DIR         the folder of golden files (default lessons/testdata/golden)
  --content DIR        check the course in DIR (folders en, zh) instead of the one built in

Exit status: 0 on success, 1 when the script raised an uncaught exception, deadlocked or hit a limit,
2 on a usage error; lessons check exits 1 when a check fails.
`
