package sim_test

// Rules of §3 of the reference (Executor.map, shutdown) that the reference cases do not print.

import (
	"context"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// ints is a []any of Python ints, and its repr.
func intsRepr(xs []int) string {
	s := slices.Clone(xs)
	slices.Sort(s)
	items := make([]any, len(s))
	for i, x := range s {
		items[i] = x
	}
	return pyList(items...)
}

// §3.2 (case 34): a failing call raises its exception when its position is reached; that ends the
// iteration (3.8–3.14): the not-yet-yielded calls are cancelled (a running one ignores it) and the next
// next() is StopIteration.
func TestRuleMapExceptionEndsIteration(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var ran []int
		fn := func(ctx context.Context, item any) (any, error) {
			x := item.(int)
			ran = append(ran, x)
			sleep(ctx, 0.1)
			if x == 0 {
				return nil, zeroDivision()
			}
			return 12 / x, nil
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		with(ctx, ex, func() error {
			m := must(ex.Map(ctx, fn, []any{1, 0, 2, 3}, sim.MapOptions{}))
			for {
				v, ok, err := m.Next(ctx)
				if !ok {
					out.Println("next: StopIteration")
					break
				}
				if err != nil {
					out.Printf("t=%s %s", ts(ctx), excName(err))
					continue
				}
				out.Printf("t=%s got %v", ts(ctx), v)
			}
			return nil
		})
		out.Printf("t=%s ran=%s (3 cancelled)", ts(ctx), intsRepr(ran))
	})
	expect(t, got, `
t=0.1 got 12
t=0.2 ZeroDivisionError
next: StopIteration
t=0.3 ran=[0, 1, 2] (3 cancelled)
`)
}

// §3.2 (case 36, 37): map submits every call before it returns, so the calls run even if the iterator
// is never advanced; closing an iterator never advanced cancels nothing (the generator body never
// started).
func TestRuleMapEagerAndCloseUnstartedCancelsNothing(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var ran []int
		job := func(ctx context.Context, item any) (any, error) {
			ran = append(ran, item.(int))
			sleep(ctx, 0.1)
			return item, nil
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		m := must(ex.Map(ctx, job, []any{0, 1, 2}, sim.MapOptions{}))
		_ = m // never advanced
		m2 := must(ex.Map(ctx, job, []any{3, 4}, sim.MapOptions{}))
		m2.Close()
		ex.Shutdown(ctx, true, false)
		out.Printf("t=%s ran=%s", ts(ctx), intsRepr(ran))
	})
	expect(t, got, `
t=0.5 ran=[0, 1, 2, 3, 4]
`)
}

// §3.2 (3.14 buffersize): at most buffersize calls are submitted ahead of the results taken; each next()
// first submits one more item, then waits for the oldest. Python's test: after
// map(str, iter(range(4)), buffersize=2) and shutdown, only 2 items were pulled from the input. Go's
// Map takes a slice, so what is observed is which calls ran.
func TestRuleMapBufferSize(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var ran []int
		job := func(ctx context.Context, item any) (any, error) {
			ran = append(ran, item.(int))
			sleep(ctx, 0.1)
			return item, nil
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
		items := []any{0, 1, 2, 3, 4, 5}
		m := must(ex.Map(ctx, job, items, sim.MapOptions{BufferSize: 2}))
		sleep(ctx, 0.2)
		out.Printf("t=%s after map(buffersize=2): ran=%s", ts(ctx), intsRepr(ran))
		v, _, err := m.Next(ctx)
		out.unexpected(err)
		sleep(ctx, 0.05)
		out.Printf("t=%s first next() -> %v; ran=%s", ts(ctx), v, intsRepr(ran))
		rest, err := mapAll(ctx, m)
		out.unexpected(err)
		out.Printf("t=%s rest: %s", ts(ctx), pyList(rest...))
		ex.Shutdown(ctx, true, false)

		ran = nil
		ex = threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
		must(ex.Map(ctx, job, items, sim.MapOptions{BufferSize: 2}))
		ex.Shutdown(ctx, true, false)
		out.Printf("map(buffersize=2) then shutdown: ran=%s", intsRepr(ran))
	})
	expect(t, got, `
t=0.2 after map(buffersize=2): ran=[0, 1]
t=0.2 first next() -> 0; ran=[0, 1, 2]
t=0.4 rest: [1, 2, 3, 4, 5]
map(buffersize=2) then shutdown: ran=[0, 1]
`)
}

// §3.2 / §9.9: buffersize must be None or > 0: ValueError("buffersize must be None or > 0") at the call.
// In Go, 0 is "not given" (None), so the invalid value is a negative one, as for MaxWorkers and ChunkSize.
func TestRuleMapBufferSizeInvalid(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		_, err := ex.Map(ctx, func(context.Context, any) (any, error) { return nil, nil }, []any{1}, sim.MapOptions{BufferSize: -1})
		if err != nil {
			out.Println(excName(err)+":", excMsg(err))
		} else {
			out.Println("map(buffersize=-1) raised nothing")
		}
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
ValueError: buffersize must be None or > 0
`)
}

// §3.3 / §4.6 / §5.6: after shutdown, submit() — and so map(), at its call — raise
// RuntimeError('cannot schedule new futures after shutdown'), in both pools; a second shutdown is
// harmless.
func TestRuleSubmitAfterShutdown(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		report := func(what string, err error) {
			if err != nil {
				out.Println(what+":", excName(err)+":", excMsg(err))
			} else {
				out.Println(what + ": no error")
			}
		}
		for _, ex := range []sim.Executor{
			threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1}),
			processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1}),
		} {
			submit(ctx, ex, value(1))
			report("shutdown(wait=False)", ex.Shutdown(ctx, false, false))
			_, err := ex.Submit(ctx, value(2))
			report("submit", err)
			_, err = ex.Map(ctx, func(context.Context, any) (any, error) { return nil, nil }, []any{1}, sim.MapOptions{})
			report("map", err)
			report("shutdown again", ex.Shutdown(ctx, true, false))
		}
	})
	expect(t, got, `
shutdown(wait=False): no error
submit: RuntimeError: cannot schedule new futures after shutdown
map: RuntimeError: cannot schedule new futures after shutdown
shutdown again: no error
shutdown(wait=False): no error
submit: RuntimeError: cannot schedule new futures after shutdown
map: RuntimeError: cannot schedule new futures after shutdown
shutdown again: no error
`)
}
