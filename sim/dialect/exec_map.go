package script

import (
	"context"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// mapMethod is Executor.map(fn, *iterables, timeout=None, chunksize=1, buffersize=None).
func (e *executorValue) mapMethod(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, typeErr("%s", "map() missing 1 required positional argument: 'fn'")
	}
	fn, ok := args[0].(starlark.Callable)
	if !ok {
		return nil, typeErr("%s", fmt.Sprintf("'%s' object is not callable", args[0].Type()))
	}
	var timeout, buffersize starlark.Value = starlark.None, starlark.None
	chunksize := 1
	if err := starlark.UnpackArgs("map", nil, kw, "timeout?", &timeout, "chunksize?", &chunksize, "buffersize?", &buffersize); err != nil {
		return nil, err
	}
	opts := sim.MapOptions{Name: fn.Name(), Line: callerLine(th), ChunkSize: chunksize}
	if timeout != starlark.None {
		d, err := timeoutArg("map", timeout)
		if err != nil {
			return nil, err
		}
		opts.Timeout = d
		if d <= 0 {
			opts.Timeout = -1 // sim: a negative timeout puts the deadline at the call
		}
	}
	if buffersize != starlark.None {
		n, err := starlark.AsInt32(buffersize)
		if err != nil {
			return nil, typeErr("%s", "buffersize must be an integer or None")
		}
		if n < 1 {
			return nil, sim.NewException(sim.ValueError, "buffersize must be None or > 0")
		}
		opts.BufferSize = n
	}
	if chunksize < 1 && e.process != nil {
		return nil, sim.NewException(sim.ValueError, "chunksize must be >= 1.")
	}
	items, err := zipArgs(fn, args[1:])
	if err != nil {
		return nil, err
	}
	setLine(th)
	rt := e.rt
	run := func(ctx context.Context, item any) (any, error) { return rt.runCall(ctx, item.(*call)) }
	if e.process != nil {
		run = func(ctx context.Context, item any) (any, error) { return rt.runRemote(ctx, item.(*call)) }
	}
	m, err := e.ex.Map(ctxOf(th), run, items, opts)
	if err != nil {
		return nil, err
	}
	return &mapIterator{rt: rt, m: m}, nil
}

// zipArgs zips the iterables into one call per item (shortest wins), as map does.
func zipArgs(fn starlark.Callable, iterables starlark.Tuple) ([]any, error) {
	cols := make([][]starlark.Value, len(iterables))
	n := -1
	for i, it := range iterables {
		col, err := iterate(it)
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
		args := make(starlark.Tuple, len(cols))
		for i := range cols {
			args[i] = cols[i][j]
		}
		items[j] = &call{fn: fn, args: args}
	}
	return items, nil
}

// A mapIterator is the generator Executor.map returns.
type mapIterator struct {
	rt *runtime
	m  *sim.MapIterator
}

var (
	_ starlark.Iterable = (*mapIterator)(nil)
	_ starlark.HasAttrs = (*mapIterator)(nil)
)

func (it *mapIterator) String() string {
	return "<generator object Executor.map.<locals>.result_iterator>"
}
func (it *mapIterator) Type() string          { return "generator" }
func (it *mapIterator) Freeze()               {}
func (it *mapIterator) Truth() starlark.Bool  { return true }
func (it *mapIterator) Hash() (uint32, error) { return 0, nil }
func (it *mapIterator) Iterate() starlark.Iterator {
	return mapIterState{it}
}

func (it *mapIterator) AttrNames() []string { return []string{"close"} }

// Attr gives the generator its close(): the calls not yet yielded are cancelled (what CPython's
// finalizer of a dropped, partially consumed map generator does too).
func (it *mapIterator) Attr(name string) (starlark.Value, error) {
	if name != "close" {
		return nil, nil
	}
	return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
			return nil, err
		}
		setLine(th)
		it.m.Close()
		return starlark.None, nil
	}), nil
}

type mapIterState struct{ it *mapIterator }

func (s mapIterState) Next(p *starlark.Value) bool {
	th := s.it.rt.currentThread()
	v, ok := s.it.advance(th)
	if ok {
		*p = v
	}
	return ok
}

func (s mapIterState) Done() {}

func (it *mapIterator) advance(th *starlark.Thread) (starlark.Value, bool) {
	v, ok, err := it.m.Next(ctxOf(th))
	if err != nil {
		raiseFromIterator(th, err)
		return nil, false
	}
	if !ok {
		return nil, false
	}
	return toValue(v), true
}
