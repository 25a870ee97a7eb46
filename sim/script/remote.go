package script

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// errBootstrap ends a worker's re-run of the script where it would start concurrent work: it is no
// Python exception, so no except clause of the script catches it.
var errBootstrap = errors.New("futurescope: the worker's re-import stops here")

// cur returns the running simulated thread's interpreter thread.
func (rt *runtime) cur() *thread { return rt.threads[rt.k.Current()] }

// bootstrap starts a worker process: a new interpreter re-runs the script as __mp_main__, printing
// nothing, up to where it would start concurrent work.
func (rt *runtime) bootstrap(ctx context.Context) error {
	ps := rt.newProc(ctx, true)
	ps.boot = true
	th := rt.thread(ctx)
	sim.CPU(ctx, 0)
	_, err := th.pt.ExecModule("__mp_main__", rt.code)
	th.rethrowExit()
	ps.boot = false
	if err != nil && !errors.Is(err, errBootstrap) {
		return rt.simErr(ps, err)
	}
	return nil
}

// booting reports whether th's process is still re-running the script.
func (th *thread) booting() bool { return th.proc.boot }

// A callPayload is a call a task makes: a function and its arguments, the last len(kw) of them named
// by kw.
type callPayload struct {
	fn   py.Object
	args []py.Object
	kw   []string
}

// ArgsRepr writes the call's arguments as the trace shows them: "(1, 2)".
func (c *callPayload) ArgsRepr() string {
	var b strings.Builder
	b.WriteString("(")
	npos := len(c.args) - len(c.kw)
	for i, a := range c.args {
		if i > 0 {
			b.WriteString(", ")
		}
		if i >= npos {
			b.WriteString(c.kw[i-npos] + "=")
		}
		writeRepr(&b, a, 0)
	}
	if len(c.args) == 1 && len(c.kw) == 0 {
		b.WriteString(",")
	}
	b.WriteString(")")
	return b.String()
}

// A pkCall is a pickled callPayload.
type pkCall struct {
	fn   pk
	args []pk
	kw   []string
}

// ArgsRepr writes the pickled call's arguments.
func (c *pkCall) ArgsRepr() string {
	var b strings.Builder
	(&pkSeq{kind: 't', items: c.args}).writeRepr(&b, 0)
	return b.String()
}

// pickleHook is the process pool's copy hook (sim.ProcessPoolOptions.Pickle): a call on its way to a
// worker, or a result on its way back, pickled in the running thread's process.
func (rt *runtime) pickleHook(v any) (any, error) {
	ps, _ := rt.k.Current().Process().Value(procKey{}).(*proc)
	return rt.pickleAny(ps, v)
}

func (rt *runtime) pickleAny(ps *proc, v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *callPayload:
		fn, err := ps.pickle(x.fn)
		if err != nil {
			return nil, rt.simErr(ps, err)
		}
		args := make([]pk, len(x.args))
		for i, a := range x.args {
			if args[i], err = ps.pickle(a); err != nil {
				return nil, rt.simErr(ps, err)
			}
		}
		return &pkCall{fn: fn, args: args, kw: x.kw}, nil
	case []any:
		out := make([]any, len(x))
		for i, it := range x {
			c, err := rt.pickleAny(ps, it)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case py.Object:
		p, err := ps.pickle(x)
		return p, rt.simErr(ps, err)
	}
	return v, nil
}

// unpickleHook is the process pool's result reader (sim.ProcessPoolOptions.Unpickle): a worker's
// result, rebuilt on the parent's manager thread as the result pipe's recv does, so that an error there
// (a __reduce__ whose callable raises) breaks the pool as CPython's result handler does.
func (rt *runtime) unpickleHook(ctx context.Context, v any) (any, error) {
	switch x := v.(type) {
	case pk:
		ps := procOf(ctx)
		rt.thread(ctx)
		o, err := ps.unpickle(x)
		return o, rt.simErr(ps, err)
	case []any:
		out := make([]any, len(x))
		for i, it := range x {
			o, err := rt.unpickleHook(ctx, it)
			if err != nil {
				return nil, err
			}
			out[i] = o
		}
		return out, nil
	}
	return v, nil
}

// remoteTask is the task of every ProcessPoolExecutor.submit: it runs the pickled call it was given.
func (rt *runtime) remoteTask(ctx context.Context) (any, error) {
	return rt.runRemote(ctx, sim.Payload(ctx))
}

// runRemote runs a pickled call in the running (worker) process.
func (rt *runtime) runRemote(ctx context.Context, payload any) (any, error) {
	ps := procOf(ctx)
	c, ok := payload.(*pkCall)
	if !ok {
		return nil, errors.New("futurescope: a worker got no call")
	}
	th := rt.thread(ctx)
	fn, err := ps.unpickle(c.fn)
	args := make([]py.Object, len(c.args))
	for i := 0; err == nil && i < len(c.args); i++ {
		args[i], err = ps.unpickle(c.args[i])
	}
	if err != nil {
		// The worker cannot read its call (a function defined under the main guard, say): as in
		// CPython, the error escapes the worker's loop, the worker dies and the pool breaks.
		if e, ok := err.(*py.Exception); ok {
			fmt.Fprint(rt.opts.Stderr, "Process "+sim.CurrentProcess(ctx).Name()+":\n"+th.pt.FormatException(e))
		}
		sim.CurrentProcess(ctx).Exit(1)
	}
	v, err := rt.call(ctx, fn, args, c.kw)
	if err != nil {
		return nil, rt.remoteErr(ps, err)
	}
	return v, nil
}

// remoteErr is the exception of a task run in a worker, pickled to be rebuilt in the parent.
func (rt *runtime) remoteErr(ps *proc, err error) error {
	e, ok := err.(*py.Exception)
	if !ok {
		return err
	}
	s := rt.toSim(ps, e)
	if o := rt.excs[s]; o.pickled == nil {
		o.pickled = ps.pickleExc(e)
	}
	return s
}

// remoteTraceback formats, in the worker, a task's exception as traceback.format_exception does: the
// text of the _RemoteTraceback the parent gives it as its cause.
func (rt *runtime) remoteTraceback(e *sim.Exception) string {
	o := rt.excs[e]
	th := rt.cur()
	if o == nil || o.exc == nil || th == nil {
		return "Traceback (most recent call last):\n" + e.Error() + "\n"
	}
	return th.pt.FormatException(o.exc)
}
