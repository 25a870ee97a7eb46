package script

import (
	"context"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// output is the script's sys.stdout: text goes to Options.Stdout as printed, and each completed line
// also becomes a Print event of the thread that completed it.
type output struct {
	rt      *runtime
	partial strings.Builder // the current line, not yet ended
	written int
	atStart bool
}

func newOutput(rt *runtime) *output { return &output{rt: rt, atStart: true} }

// write prints s on behalf of the running simulated thread; a worker re-running the script prints
// nothing (see exec_remote.go).
func (o *output) write(ctx context.Context, s string) {
	if sim.CurrentProcess(ctx).Value(bootKey{}) != nil {
		return
	}
	o.written += len(s)
	if o.written > o.rt.opts.MaxOutput {
		sim.Halt(ctx, "output", fmt.Sprintf("the script printed more than %d bytes", o.rt.opts.MaxOutput))
	}
	for s != "" {
		line, rest, ended := strings.Cut(s, "\n")
		o.emitText(ctx, line, ended)
		s = rest
	}
}

func (o *output) emitText(ctx context.Context, text string, ended bool) {
	w := o.rt.opts.Stdout
	if o.atStart && o.rt.opts.Timestamps && (text != "" || ended) {
		fmt.Fprintf(w, "[%9.6f %s] ", sim.Now(ctx).Seconds(), sim.CurrentThread(ctx).Name())
	}
	o.atStart = false
	fmt.Fprint(w, text)
	o.partial.WriteString(text)
	if !ended {
		return
	}
	fmt.Fprintln(w)
	sim.Record(ctx, trace.Event{Kind: trace.Print, Value: o.partial.String()})
	o.partial.Reset()
	o.atStart = true
}

// flush records a last unfinished line when the run ends.
func (o *output) flush(ctx context.Context) {
	if o.partial.Len() > 0 {
		sim.Record(ctx, trace.Event{Kind: trace.Print, Value: o.partial.String()})
		o.partial.Reset()
	}
}

// starlarkPrint serves Starlark's own print hook (scripts use the dialect's print, which writes to
// the thread's writer).
func (o *output) starlarkPrint(th *starlark.Thread, msg string) { o.write(ctxOf(th), msg+"\n") }

// threadWriter is the io.Writer the dialect's print writes to on one interpreter thread.
type threadWriter struct {
	out *output
	th  *starlark.Thread
}

func (w threadWriter) Write(p []byte) (int, error) {
	setLine(w.th)
	w.out.write(ctxOf(w.th), string(p))
	return len(p), nil
}
