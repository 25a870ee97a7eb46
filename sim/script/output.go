package script

import (
	"context"
	"fmt"
	"strings"

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

// write prints s on behalf of the running simulated thread.
func (o *output) write(s string) {
	th := o.rt.threads[o.rt.k.Current()]
	if th == nil {
		return
	}
	defer th.guard() // a limit (output, events) ends the run from here
	th.setLine()
	ctx := th.ctx
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

// flush records a last unfinished line when the script ends.
func (o *output) flush(ctx context.Context) {
	if o.partial.Len() > 0 {
		sim.Record(ctx, trace.Event{Kind: trace.Print, Value: o.partial.String()})
		o.partial.Reset()
	}
}
