package difftest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// A Runner runs one script as `python3 NAME.py` runs it, with py.RunMain's signature: it prints to
// stdout and stderr and returns the exit code.
type Runner func(filename string, src []byte, stdout, stderr io.Writer) int

// ChildEnv is the environment variable that turns a binary calling Serve into the runner of one
// script: it holds the script's path.
const ChildEnv = "FUTURESCOPE_DIFFTEST_SCRIPT"

// Serve, when ChildEnv names a script, runs it with run under its base name (as `python3 NAME.py`
// in its folder), writing to the process's stdout and stderr, and exits with its exit code; otherwise
// it returns at once. A test's TestMain (or a tool's main) calls it first, so that RunChild can run
// each script in a process of its own.
func Serve(run Runner) {
	path := os.Getenv(ChildEnv)
	if path == "" {
		return
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "difftest child:", err)
		os.Exit(125)
	}
	out, errw := bufio.NewWriter(os.Stdout), bufio.NewWriter(os.Stderr)
	code := run(filepath.Base(path), src, out, errw)
	out.Flush()
	errw.Flush()
	os.Exit(code)
}

// RunChild runs c in a new process of the running binary (whose start calls Serve), so that a crash,
// a runaway loop or a Go stack overflow in the interpreter fails this script alone. The child is
// killed after timeout, which is reported as an error along with what it printed so far. env adds
// "KEY=value" entries to the child's environment.
func RunChild(c Case, timeout time.Duration, env ...string) (Outcome, error) {
	exe, err := os.Executable()
	if err != nil {
		return Outcome{}, fmt.Errorf("run %s: %v", c.Filename(), err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-test.run=^$")
	cmd.Env = append(append(os.Environ(), env...), ChildEnv+"="+c.Path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if cmd.ProcessState == nil {
		return Outcome{}, fmt.Errorf("run %s: %v", c.Filename(), err)
	}
	got := Outcome{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Exit: cmd.ProcessState.ExitCode()}
	if ctx.Err() != nil {
		return got, fmt.Errorf("run %s: still running after %v", c.Filename(), timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return got, fmt.Errorf("run %s: %v", c.Filename(), err)
	}
	return got, nil
}
