package sim

import (
	"context"
	"iter"
	"strconv"
	"time"
)

// A MapFunc is the function Map calls for each input item.
type MapFunc func(ctx context.Context, item any) (any, error)

// MapOptions are Executor.Map's keyword arguments.
type MapOptions struct {
	// Timeout sets one deadline, counted from the Map call, for the whole iteration. Zero means no
	// deadline; a negative Timeout means the deadline is the call itself (Python's timeout=0).
	Timeout time.Duration
	// ChunkSize groups items into chunks that run as one task each (process pools only; default 1).
	ChunkSize int
	// BufferSize, when > 0, keeps at most that many calls submitted ahead of the results taken,
	// pulling items lazily (Python 3.14's buffersize). Negative is ValueError.
	BufferSize int
	// Name and Line describe the function for the trace.
	Name string
	Line int
}

// A MapIterator yields Map's results in input order (Python's result_iterator generator). The first
// call whose future failed makes Next return that error, after which the iteration is over and every
// call not yet yielded is cancelled; the same happens on a timeout (the call waited on is cancelled
// too) and on Close after at least one Next.
type MapIterator struct {
	k        *Kernel
	fs       []*Future
	buf      []any
	chunked  bool
	end      time.Duration
	hasEnd   bool
	started  bool
	finished bool
	pull     func() (any, bool)
	stop     func()
	submit   func(item any) (*Future, error)
}

// mapOn implements Map for an executor whose submit function is given.
func mapOn(ctx context.Context, submit func(Task, ...SubmitOption) (*Future, error), fn MapFunc,
	items []any, opts MapOptions, chunked bool) (*MapIterator, error) {
	k := kernelOf(ctx)
	if opts.BufferSize < 0 {
		return nil, NewException(ValueError, "buffersize must be None or > 0")
	}
	m := &MapIterator{k: k, chunked: chunked}
	if opts.Timeout != 0 {
		m.end, m.hasEnd = k.now+max(opts.Timeout, 0), true
	}
	chunk := max(opts.ChunkSize, 1)
	name := opts.Name
	if name == "" {
		name = "fn"
	}
	m.submit = func(item any) (*Future, error) {
		task := func(ctx context.Context) (any, error) {
			if chunked {
				return runChunk(ctx, fn, payloadOr(ctx, item).([]any))
			}
			return fn(ctx, payloadOr(ctx, item))
		}
		return submit(task, Describe(name, mapArgs(k, item, chunked)), AtLine(opts.Line), WithPayload(item))
	}
	if chunked {
		items = batches(items, chunk)
	}
	k.callStart("map", 0, "", "")
	defer k.callEnd("map", 0, "")
	eager := items
	if opts.BufferSize > 0 {
		eager = items[:min(opts.BufferSize, len(items))]
		rest := items[len(eager):]
		m.pull = func() (any, bool) {
			if len(rest) == 0 {
				return nil, false
			}
			v := rest[0]
			rest = rest[1:]
			return v, true
		}
	}
	for _, item := range eager {
		f, err := m.submit(item)
		if err != nil {
			return nil, err
		}
		m.fs = append(m.fs, f)
	}
	return m, nil
}

// payloadOr returns the task's payload as its process received it (a copy, in a process pool).
func payloadOr(ctx context.Context, item any) any {
	if p, ok := ctx.Value(payloadKey{}).(payloadBox); ok {
		return p.v
	}
	return item
}

func runChunk(ctx context.Context, fn MapFunc, batch []any) (any, error) {
	out := make([]any, 0, len(batch))
	for _, item := range batch {
		v, err := fn(ctx, item)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func batches(items []any, n int) []any {
	var out []any
	for i := 0; i < len(items); i += n {
		out = append(out, items[i:min(i+n, len(items))])
	}
	return out
}

// An ArgsReprer is a Map item that writes its own argument repr for the trace ("(1, 2)").
type ArgsReprer interface {
	ArgsRepr() string
}

func mapArgs(k *Kernel, item any, chunked bool) string {
	if chunked {
		return "chunk of " + strconv.Itoa(len(item.([]any)))
	}
	if a, ok := item.(ArgsReprer); ok {
		return a.ArgsRepr()
	}
	return "(" + k.cfg.Repr(item) + ",)"
}

// Next returns the next result. ok is false when the iteration is over; err is the error of a failed
// call or TimeoutError, after which the iteration is over.
func (m *MapIterator) Next(ctx context.Context) (v any, ok bool, err error) {
	return m.NextInterruptible(ctx, nil)
}

// NextInterruptible is Next in a thread a signal can interrupt: the wait for the next result is
// Future.AwaitInterruptible's, which calls onWake each time InterruptWait cuts it short; an error
// from onWake (the handler's KeyboardInterrupt) ends the iteration as a failed call does, the
// result waited for and every later one cancelled. A nil onWake makes it Next.
func (m *MapIterator) NextInterruptible(ctx context.Context, onWake func() error) (v any, ok bool, err error) {
	if len(m.buf) > 0 {
		v, m.buf = m.buf[0], m.buf[1:]
		return v, true, nil
	}
	if m.finished {
		return nil, false, nil
	}
	m.started = true
	if m.pull != nil {
		if item, more := m.pull(); more {
			f, err := m.submit(item)
			if err != nil {
				m.Close()
				return nil, true, err
			}
			m.fs = append(m.fs, f)
		}
	}
	if len(m.fs) == 0 {
		m.finished = true
		return nil, false, nil
	}
	f := m.fs[0]
	m.fs = m.fs[1:]
	if onWake == nil {
		v, err = f.Result(ctx, deadlineLeft(m.k, m.end, m.hasEnd))
	} else if err = f.AwaitInterruptible(ctx, "result", deadlineLeft(m.k, m.end, m.hasEnd), onWake); err == nil {
		v, err = f.Result(ctx, 0)
	}
	if !f.Done() {
		f.Cancel()
	}
	if err != nil {
		m.Close()
		return nil, true, err
	}
	if m.chunked {
		m.buf = v.([]any)
		return m.NextInterruptible(ctx, onWake)
	}
	return v, true, nil
}

// Close ends the iteration. If Next was called at least once, every call not yet yielded is cancelled
// (running ones are unaffected); an iterator never advanced cancels nothing, as in Python.
func (m *MapIterator) Close() {
	if m.finished {
		return
	}
	m.finished = true
	m.buf = nil
	if !m.started {
		return
	}
	for _, f := range m.fs {
		if !f.Done() {
			f.Cancel()
		}
	}
	m.fs = nil
}

// All returns the results as a Go iterator: each value, or a final error.
func (m *MapIterator) All(ctx context.Context) iter.Seq2[any, error] {
	return func(yield func(any, error) bool) {
		defer m.Close()
		for {
			v, ok, err := m.Next(ctx)
			if !ok || !yield(v, err) || err != nil {
				return
			}
		}
	}
}
