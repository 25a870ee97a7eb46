package sim_test

// Helpers shared by the reference-case tests (case_NN_*_test.go) and the rule tests (rules_*_test.go).
//
// Each case test is a Go translation of one CPython script of shared/reference/cases: the simulated main
// thread prints what the script prints, through a lineWriter, and the test compares the lines with the
// script's EXPECTED block. Times the scripts print as t=X.Y are exact virtual times here.

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// A lineWriter collects what a simulated program prints, like Python's print to stdout.
type lineWriter struct {
	lines []string
}

// Println prints its arguments separated by spaces, as print() does.
func (w *lineWriter) Println(args ...any) {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	w.lines = append(w.lines, strings.Split(strings.Join(parts, " "), "\n")...)
}

// Printf prints one formatted line (no trailing newline needed).
func (w *lineWriter) Printf(format string, args ...any) {
	w.Println(fmt.Sprintf(format, args...))
}

// unexpected prints a line for an error the Python script would not have raised (nothing for nil),
// so that it shows in the comparison.
func (w *lineWriter) unexpected(err error) {
	if err != nil {
		w.Println("unexpected error:", err)
	}
}

// runKernel runs main as the main thread of a new kernel with cfg and returns the kernel, the printed
// lines and Run's error. With logged, every record of the "concurrent.futures" logger is printed as a
// logging.Handler would print it: "LOG LEVEL concurrent.futures: message", where the message is the
// record's first line (Python keeps the traceback of exc_info apart from getMessage()).
func runKernel(cfg sim.Config, logged bool, main func(ctx context.Context, out *lineWriter)) (*sim.Kernel, []string, error) {
	out := &lineWriter{}
	if logged {
		cfg.Log = func(level, msg string) {
			first, _, _ := strings.Cut(msg, "\n")
			out.Println("LOG", level, "concurrent.futures:", first)
		}
	}
	k := sim.New(cfg)
	err := k.Run(func(ctx context.Context) error {
		main(ctx, out)
		return nil
	})
	return k, out.lines, err
}

// run runs main and returns the lines it printed. The run must end normally and leave a valid trace.
func run(t *testing.T, cfg sim.Config, main func(ctx context.Context, out *lineWriter)) []string {
	t.Helper()
	return runChecked(t, cfg, false, main)
}

// runLogged is run with the logger's records printed into the output (see runKernel).
func runLogged(t *testing.T, cfg sim.Config, main func(ctx context.Context, out *lineWriter)) []string {
	t.Helper()
	return runChecked(t, cfg, true, main)
}

func runChecked(t *testing.T, cfg sim.Config, logged bool, main func(ctx context.Context, out *lineWriter)) []string {
	t.Helper()
	k, lines, err := runKernel(cfg, logged, main)
	if err != nil {
		t.Fatalf("run failed: %v\nprinted so far:\n%s", err, strings.Join(lines, "\n"))
	}
	if err := k.Trace().Validate(); err != nil {
		t.Errorf("invalid trace: %v", err)
	}
	return lines
}

var (
	addrRE   = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	futIDRE  = regexp.MustCompile(`Future \d+ in unexpected state`)
	ellipsis = "0x…"
)

// normalise replaces what differs between runs of CPython (addresses, ids) by a fixed mark, as the
// EXPECTED blocks of the reference cases write them: 0x7f3a… becomes 0x…, "Future 1403… in unexpected
// state" becomes "Future <id> in unexpected state".
func normalise(s string) string {
	s = addrRE.ReplaceAllString(s, ellipsis)
	s = strings.ReplaceAll(s, ellipsis+"…", ellipsis) // an EXPECTED line already normalised
	return futIDRE.ReplaceAllString(s, "Future <id> in unexpected state")
}

// expect compares printed lines with an EXPECTED block (one line a line; surrounding blank lines
// ignored), after normalising both sides.
func expect(t *testing.T, got []string, want string) {
	t.Helper()
	wantLines := strings.Split(strings.Trim(want, "\n"), "\n")
	g := make([]string, len(got))
	for i, l := range got {
		g[i] = normalise(l)
	}
	for i, l := range wantLines {
		wantLines[i] = normalise(l)
	}
	if strings.Join(g, "\n") == strings.Join(wantLines, "\n") {
		return
	}
	var b strings.Builder
	for i := 0; i < max(len(g), len(wantLines)); i++ {
		gl, wl := "<missing>", "<missing>"
		if i < len(g) {
			gl = g[i]
		}
		if i < len(wantLines) {
			wl = wantLines[i]
		}
		mark := "  "
		if gl != wl {
			mark = "✗ "
		}
		fmt.Fprintf(&b, "%sgot:  %s\n", mark, gl)
		if gl != wl {
			fmt.Fprintf(&b, "  want: %s\n", wl)
		}
	}
	t.Errorf("output differs from CPython's:\n%s", b.String())
}

// secs turns Python seconds into a virtual duration, exactly (0.3 is 300 ms, not 299.999999 ms).
func secs(s float64) time.Duration { return time.Duration(math.Round(s * 1e9)) }

// sleep is time.sleep(s).
func sleep(ctx context.Context, s float64) { sim.Sleep(ctx, secs(s)) }

// ts formats the virtual time as the cases print it: f"{time.monotonic() - T0:.1f}" with T0 = 0.
func ts(ctx context.Context) string { return tsSince(ctx, 0) }

// tsSince formats the time elapsed since t0 as "%.1f" seconds.
func tsSince(ctx context.Context, t0 time.Duration) string {
	return fmt.Sprintf("%.1f", (sim.Now(ctx) - t0).Seconds())
}

// sleeper is submit(time.sleep, s): a task that sleeps s seconds and returns None.
func sleeper(s float64) sim.Task {
	return func(ctx context.Context) (any, error) {
		sleep(ctx, s)
		return nil, nil
	}
}

// value is a task returning v at once (submit(pow, 21, 2), submit(int), ...).
func value(v any) sim.Task {
	return func(context.Context) (any, error) { return v, nil }
}

// raising is a task that raises err at once.
func raising(err error) sim.Task {
	return func(context.Context) (any, error) { return nil, err }
}

// Python's exception classes the simulator does not predefine.
var (
	ArithmeticError   = sim.NewClass("ArithmeticError", sim.ExceptionClass)
	ZeroDivisionError = sim.NewClass("ZeroDivisionError", ArithmeticError)
)

// zeroDivision is the exception of 1 / 0.
func zeroDivision() error { return sim.NewException(ZeroDivisionError, "division by zero") }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pyRepr writes v as Python's repr would: strings quoted, None, True/False, lists, exceptions as
// Class('message').
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return pyQuote(v)
	case bool:
		return pyBool(v)
	case float64:
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	case []any:
		return pyList(v...)
	case []string:
		items := make([]any, len(v))
		for i, s := range v {
			items[i] = s
		}
		return pyList(items...)
	case pyTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = pyRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *sim.Exception:
		if v.Message == "" {
			return v.Class.Name + "()"
		}
		return v.Class.Name + "(" + pyQuote(v.Message) + ")"
	}
	return fmt.Sprint(v)
}

// pyTuple is a Python tuple, for pyRepr.
type pyTuple []any

// pyList writes items as a Python list.
func pyList(items ...any) string {
	parts := make([]string, len(items))
	for i, x := range items {
		parts[i] = pyRepr(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyQuote is repr() of a str: single quotes, unless the string holds a single quote and no double one.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + strings.ReplaceAll(s, `\`, `\\`) + `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// excName is type(e).__name__ for an error a future or a call gave back.
func excName(err error) string { return sim.ClassOf(err).Name }

// excMsg is str(e): the exception's message alone.
func excMsg(err error) string {
	if e, ok := err.(*sim.Exception); ok {
		return e.Message
	}
	return err.Error()
}

// mro is [k.__name__ for k in cls.__mro__].
func mro(c *sim.Class) string {
	var names []string
	for ; c != nil; c = c.Base {
		names = append(names, c.Name)
	}
	return pyRepr(append(names, "object"))
}

// states writes "f0=STATE f1=STATE ...", as the cases' snap() helpers do.
func states(fs []*sim.Future) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("f%d=%s", i, f.State())
	}
	return strings.Join(parts, " ")
}

// stateList writes [f._state for f in fs].
func stateList(fs []*sim.Future) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.State().String()
	}
	return pyRepr(names)
}

// labelled is the cases' {future: label} dictionary: futures in insertion order, each with a label.
type labelled struct {
	fs    []*sim.Future
	names map[*sim.Future]string
}

func newLabels() *labelled { return &labelled{names: map[*sim.Future]string{}} }

// add labels f and returns it.
func (l *labelled) add(f *sim.Future, name string) *sim.Future {
	if _, ok := l.names[f]; !ok {
		l.fs = append(l.fs, f)
	}
	l.names[f] = name
	return f
}

// all returns the labelled futures, in insertion order (iterating the dictionary).
func (l *labelled) all() []*sim.Future { return l.fs }

// name is label[f].
func (l *labelled) name(f *sim.Future) string { return l.names[f] }

// sorted writes str(sorted(label[f] for f in fs)).
func (l *labelled) sorted(fs []*sim.Future) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = l.names[f]
	}
	slices.Sort(names)
	return pyRepr(names)
}

// cancelledFuture is create_future(CANCELLED): cancel() called, no executor has dequeued it.
func cancelledFuture(ctx context.Context) *sim.Future {
	f := sim.NewFuture(ctx)
	f.Cancel()
	return f
}

// notifiedFuture is create_future(CANCELLED_AND_NOTIFIED), reached as an executor reaches it.
func notifiedFuture(ctx context.Context) *sim.Future {
	f := cancelledFuture(ctx)
	f.SetRunningOrNotifyCancel()
	return f
}

// runningFuture is create_future(RUNNING).
func runningFuture(ctx context.Context) *sim.Future {
	f := sim.NewFuture(ctx)
	f.SetRunningOrNotifyCancel()
	return f
}

// finishedFuture is create_future(FINISHED, result=v).
func finishedFuture(ctx context.Context, v any) *sim.Future {
	f := sim.NewFuture(ctx)
	f.SetResult(v)
	return f
}

// failedFuture is create_future(FINISHED, exception=err).
func failedFuture(ctx context.Context, err error) *sim.Future {
	f := sim.NewFuture(ctx)
	f.SetException(err)
	return f
}

// The helpers below run inside the simulation, where t.Fatal must not be called (it would end a
// simulated thread's goroutine behind the kernel's back): they panic instead, which ends the run with a
// *sim.PanicError that run reports.

// must returns v, or panics with err.
func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("unexpected error: %v", err))
	}
	return v
}

// threadPool makes a ThreadPoolExecutor.
func threadPool(ctx context.Context, opts sim.ThreadPoolOptions) *sim.ThreadPool {
	return must(sim.NewThreadPool(ctx, opts))
}

// processPool makes a ProcessPoolExecutor.
func processPool(ctx context.Context, opts sim.ProcessPoolOptions) *sim.ProcessPool {
	return must(sim.NewProcessPool(ctx, opts))
}

// submit is ex.submit(...), for a submit that must not raise.
func submit(ctx context.Context, ex sim.Executor, task sim.Task, opts ...sim.SubmitOption) *sim.Future {
	return must(ex.Submit(ctx, task, opts...))
}

// result is f.result() without timeout, for a future that must succeed.
func result(ctx context.Context, f *sim.Future) any {
	return must(f.Result(ctx, sim.Forever))
}

// with runs body as the block of `with ex:` — shutdown(wait=True) when the block is left, whatever the
// way — and returns the body's error after the shutdown, as __exit__ (which returns False) lets it
// propagate.
func with(ctx context.Context, ex sim.Executor, body func() error) error {
	defer ex.Shutdown(ctx, true, false)
	return body()
}

// mapAll is list(ex.map(...)): every result, or the error that ended the iteration.
func mapAll(ctx context.Context, m *sim.MapIterator) ([]any, error) {
	var out []any
	for v, err := range m.All(ctx) {
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

// threadName is threading.current_thread().name.
func threadName(ctx context.Context) string { return sim.CurrentThread(ctx).Name() }
