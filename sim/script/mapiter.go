package script

import (
	"context"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// mapMethod is Executor.map(fn, *iterables, timeout=None, chunksize=1, buffersize=None): the calls
// are submitted at once, their results come back in order, lazily, from a generator.
func (ps *proc) mapMethod(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	e, ok := self.(*execObj)
	if !ok {
		return ps.genericMap(th, self, args, kw)
	}
	npos := len(args) - len(kw)
	if npos < 1 {
		return nil, py.Errorf(py.TypeErrorType, "Executor.map() missing 1 required positional argument: 'fn'")
	}
	fn := args[0]
	opts := sim.MapOptions{Name: callableName(fn), Line: th.line(), ChunkSize: 1}
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "timeout":
			if v != py.None {
				d, err := timeoutArg(v)
				if err != nil {
					return nil, err
				}
				opts.Timeout = d
				if d <= 0 {
					opts.Timeout = -1 // sim: a negative timeout puts the deadline at the call
				}
			}
		case "chunksize":
			n, ok := v.(py.Int)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			if n < 1 && e.pp != nil {
				return nil, py.Errorf(py.ValueErrorType, "chunksize must be >= 1.")
			}
			opts.ChunkSize = int(n)
		case "buffersize":
			if v != py.None {
				n, ok := v.(py.Int)
				if !ok {
					return nil, py.Errorf(py.TypeErrorType, "buffersize must be an integer or None")
				}
				if n < 1 {
					return nil, py.Errorf(py.ValueErrorType, "buffersize must be None or > 0")
				}
				opts.BufferSize = int(n)
			}
		default:
			return nil, py.Errorf(py.TypeErrorType, "Executor.map() got an unexpected keyword argument '%s'", k)
		}
	}
	if opts.ChunkSize < 1 {
		opts.ChunkSize = 1
	}
	items, err := ps.zipCalls(th, fn, args[1:npos])
	if err != nil {
		return nil, err
	}
	rt := ps.rt
	run := func(ctx context.Context, item any) (any, error) {
		c := item.(*callPayload)
		v, err := rt.call(ctx, c.fn, c.args, nil)
		if rerr := rt.release(ctx, ps, c, false); err == nil {
			err = rerr
		}
		return v, rt.simErr(ps, err)
	}
	if e.pp != nil {
		run = rt.runRemote
	}
	m, err := e.ex.Map(th.ctx, run, items, opts)
	if err != nil {
		return nil, rt.pyErr(ps, err)
	}
	if ps.mapType == nil {
		ps.mapType = ps.mapClass()
	}
	g := &py.GoIter{T: ps.mapType}
	started := false
	g.NextT = func(t *py.Thread) (py.Object, error) {
		th := threadOf(t)
		defer th.guard()
		th.setLine()
		if !started {
			// CPython's generator, once started, cancels the calls not yet yielded when it is dropped.
			started = true
			g.SetFinalizer(ps.in, func(*py.Thread) error { m.Close(); return nil })
		}
		onWake, unmark := th.markWaiting("result")
		v, ok, err := m.NextInterruptible(th.ctx, onWake)
		unmark()
		if err != nil || !ok {
			g.SetFinalizer(ps.in, nil)
		}
		if err != nil {
			return nil, rt.pyErr(ps, err)
		}
		if !ok {
			return nil, nil
		}
		return ps.value(nil, v)
	}
	ps.maps[g] = m
	return g, nil
}

// zipCalls zips the iterables into one call per item (the shortest wins), as map does.
func (ps *proc) zipCalls(th *thread, fn py.Object, iterables []py.Object) ([]any, error) {
	cols := make([][]py.Object, len(iterables))
	n := -1
	for i, it := range iterables {
		col, err := iterList(th, it)
		if err != nil {
			return nil, err
		}
		cols[i] = col
		if n < 0 || len(col) < n {
			n = len(col)
		}
	}
	items := make([]any, max(n, 0))
	for j := range items {
		args := make([]py.Object, len(cols))
		for i := range cols {
			args[i] = cols[i][j]
		}
		items[j] = &callPayload{fn: fn, args: args}
	}
	return items, nil
}

// mapClass makes the class of Executor.map's generator, with close(), which cancels the calls not yet
// yielded.
func (ps *proc) mapClass() *py.Type {
	t := ps.generatorClass("generator", "Executor.map.<locals>.result_iterator")
	def(t, "close", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		g := self.(*py.GoIter)
		if m := ps.maps[g]; m != nil {
			g.SetFinalizer(ps.in, nil)
			m.Close()
			return py.None, nil
		}
		return py.None, g.Finalize(th.pt) // a script's own Executor's map

	})
	return t
}

// genericMap is Executor.map for a script's own Executor subclass: every call submitted with its
// submit, then the results in order, each waited for when asked for.
func (ps *proc) genericMap(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return nil, py.Errorf(py.TypeErrorType, "Executor.map() missing 1 required positional argument: 'fn'")
	}
	items, err := ps.zipCalls(th, args[0], args[1:npos])
	if err != nil {
		return nil, err
	}
	fs := make([]py.Object, len(items))
	for i, it := range items {
		c := it.(*callPayload)
		if fs[i], err = th.pt.CallMethod(self, "submit", append([]py.Object{c.fn}, c.args...)...); err != nil {
			return nil, err
		}
		ps.in.Keep(fs[i])
	}
	if ps.mapType == nil {
		ps.mapType = ps.mapClass()
	}
	next := 0
	g := &py.GoIter{T: ps.mapType}
	// cancelRest is the generator's finally: the futures not yet yielded are cancelled, last first.
	cancelRest := func(t *py.Thread) error {
		g.SetFinalizer(ps.in, nil)
		for i := len(fs) - 1; i >= next; i-- {
			if _, err := t.CallMethod(fs[i], "cancel"); err != nil {
				return err
			}
		}
		return nil
	}
	g.NextT = func(t *py.Thread) (py.Object, error) {
		if next >= len(fs) {
			g.SetFinalizer(ps.in, nil)
			return nil, nil
		}
		g.SetFinalizer(ps.in, cancelRest) // started: dropping it now cancels the rest
		next++
		r, err := t.CallMethod(fs[next-1], "result")
		if err != nil {
			if cerr := cancelRest(t); cerr != nil {
				return nil, cerr
			}
		}
		return r, err
	}
	return g, nil
}
