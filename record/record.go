package record

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

//go:embed futurescope_record/*.py
var recorderFS embed.FS

// Package is the recorder's Python package name: `python3 -m futurescope_record`.
const Package = "futurescope_record"

// DefaultLimit is how long a script may run under the recorder unless Options.Limit says otherwise.
const DefaultLimit = 60 * time.Second

// MaxTraceBytes is the largest trace file Run reads; a bigger one is refused with an error.
const MaxTraceBytes = 100 << 20

// Options say what Run runs and how.
type Options struct {
	// Python is the interpreter to run ("python3", found on PATH, when empty).
	Python string
	// Script is the path of the script; Args are its command-line arguments.
	Script string
	Args   []string
	// Dir is the folder the script runs in (the current one when empty).
	Dir string
	// Stdin, Stdout and Stderr are the script's standard streams (none, discarded, discarded when nil).
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Limit is the time the script may run before the recorder stops it (DefaultLimit when zero).
	Limit time.Duration
}

// A Result is what one recorded run gave.
type Result struct {
	// Trace is the recorded trace, nil when the recorder wrote none (Err says why).
	Trace *trace.Trace
	// ExitCode is the script's exit status (1 when the time limit stopped it).
	ExitCode int
	// Err is why no trace came back, or nil.
	Err error
}

// Files returns the recorder's Python package, its files at futurescope_record/*.py.
func Files() fs.FS { return recorderFS }

// Extract writes the recorder's package into dir (as dir/futurescope_record), so that
// `python3 -m futurescope_record` runs from dir.
func Extract(dir string) error {
	return fs.WalkDir(recorderFS, Package, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := recorderFS.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// Run runs the script under the recorder and returns its trace and exit status. An error return
// means the script did not run at all (no interpreter, no such script); a run that gave no trace
// returns a Result with Err set.
func Run(ctx context.Context, o Options) (*Result, error) {
	python := o.Python
	if python == "" {
		python = "python3"
	}
	path, err := exec.LookPath(python)
	if err != nil {
		return nil, fmt.Errorf("record: %s not found (--python picks another interpreter)", python)
	}
	script, err := filepath.Abs(o.Script)
	if err != nil {
		return nil, fmt.Errorf("record: %v", err)
	}
	if _, err := os.Stat(script); err != nil {
		return nil, fmt.Errorf("record: %v", err)
	}
	limit := o.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	home, err := os.MkdirTemp("", "futurescope-record-")
	if err != nil {
		return nil, fmt.Errorf("record: %v", err)
	}
	defer os.RemoveAll(home)
	if err := Extract(home); err != nil {
		return nil, fmt.Errorf("record: %v", err)
	}
	out := filepath.Join(home, "trace.json")
	args := append([]string{"-X", "utf8", "-m", Package, "-o", out, "--limit", strconv.FormatFloat(limit.Seconds(), 'g', -1, 64), script}, o.Args...)
	// The recorder stops the script at the limit itself; the context is a backstop for a recorder
	// that cannot (a process stuck in the interpreter's shutdown).
	ctx, cancel := context.WithTimeout(ctx, limit+15*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = o.Dir
	cmd.Env = append(os.Environ(), "PYTHONPATH="+pythonPath(home))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = o.Stdin, o.Stdout, o.Stderr
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	res := &Result{}
	var exit *exec.ExitError
	switch {
	case runErr == nil:
	case errors.As(runErr, &exit):
		res.ExitCode = exit.ExitCode()
		if res.ExitCode < 0 {
			res.ExitCode = 1
		}
	default:
		return nil, fmt.Errorf("record: %s: %v", path, runErr)
	}
	if ctx.Err() != nil {
		res.ExitCode = 1
	}
	res.Trace, res.Err = ReadFile(out)
	if errors.Is(res.Err, fs.ErrNotExist) {
		res.Err = errors.New("record: the recorder wrote no trace (see the script's standard error)")
	}
	return res, nil
}

// pythonPath puts dir first on PYTHONPATH, keeping the caller's.
func pythonPath(dir string) string {
	if old := os.Getenv("PYTHONPATH"); old != "" {
		return dir + string(os.PathListSeparator) + old
	}
	return dir
}

// ReadFile reads a recorded trace: at most MaxTraceBytes, in trace.Decode's JSON form, of the version
// this build reads. Errors say which of these the file is not.
func ReadFile(path string) (*trace.Trace, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > MaxTraceBytes {
		return nil, tooLarge(path) // refused before reading it
	}
	return Read(f, path)
}

// Read reads a recorded trace from r, named name in errors; see ReadFile.
func Read(r io.Reader, name string) (*trace.Trace, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, MaxTraceBytes+1))
	if err != nil {
		return nil, fmt.Errorf("record: %s: %v", name, err)
	}
	if n > MaxTraceBytes {
		return nil, tooLarge(name)
	}
	t, err := trace.Decode(&buf)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "trace: ")
		return nil, fmt.Errorf("record: %s: not a futurescope trace: %s", name, msg)
	}
	return t, nil
}

func tooLarge(name string) error {
	return fmt.Errorf("record: %s: larger than %d MB: not a trace this tool reads (record a shorter run)", name, MaxTraceBytes>>20)
}
