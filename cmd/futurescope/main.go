// Command futurescope runs Python concurrent.futures scripts on futurescope's deterministic simulator
// and exports what happened. It is pure Go (it builds with CGO_ENABLED=0) and needs no display: the
// desktop window is a separate binary, cmd/native.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
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
	case "serve", "lessons", "desktop":
		fmt.Fprintf(stderr, "futurescope %s: not available yet in this version (see README.md)\n", args[0])
		return 2
	}
	fmt.Fprintf(stderr, "futurescope: unknown command %q\n\n%s", args[0], usage)
	return 2
}

const usage = `futurescope: see how Python's concurrent.futures behaves, on a deterministic simulator.

Usage:
  futurescope run [flags] FILE.py     run a script (FILE.py may be - for standard input)
  futurescope help                    show this help

The script is Python (a dialect: see README.md) and runs on virtual time: time.sleep, CPU work and
the GIL cost simulated time, so every run prints the same thing, byte for byte.

Flags of run (before or after FILE.py):
  --trace FILE         write the run's trace as JSON (futurescope's event model)
  --chrome-trace FILE  write the trace as Chrome Trace Event JSON (open in https://ui.perfetto.dev)
  --timestamps         prefix each printed line with its virtual time and thread
  --cores N            simulated CPU cores, also os.cpu_count() (default 4)
  --step-cost D        virtual CPU time of one interpreter step (default 2ns, calibrated to CPython 3.11)
  --free-threaded      run without a GIL, like CPython 3.13t
  --limit D            virtual time limit (default 60s); a run that passes it stops with a report
  --max-steps N        interpreter step budget of the whole run (default 1000000000)
  --seed N             seed of the random module (default 0)

Exit status: 0 on success, 1 when the script raised an uncaught exception, deadlocked or hit a limit,
2 on a usage error.
`
