package sim_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 07: result(timeout)/exception(timeout) raise TimeoutError (the builtin class since 3.11,
// empty message) when the future is not done in time; the state is unchanged; timeout <= 0 polls; a
// result arriving during the wait wakes the caller at once; a done future answers even with timeout=0.
//
// "futures.TimeoutError is builtin TimeoutError" has no Go identity to compare; its nearest equivalent
// is that the class of ErrTimeout is the builtin one: named TimeoutError and derived from OSError (the
// 3.10 class derived from concurrent.futures.Error instead).
func TestCase07_future_result_timeout(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		builtin := sim.TimeoutError.Name == "TimeoutError" && sim.TimeoutError.Base == sim.OSError &&
			!sim.TimeoutError.IsSubclass(sim.FuturesError)
		out.Println("futures.TimeoutError is builtin TimeoutError:", pyBool(builtin))
		f := sim.NewFuture(ctx)
		if _, err := f.Result(ctx, secs(0.2)); errors.Is(err, sim.ErrTimeout) {
			out.Printf("result(0.2): TimeoutError at t=%s msg=%s", ts(ctx), pyQuote(excMsg(err)))
		}
		if _, err := f.Exception(ctx, secs(0.1)); errors.Is(err, sim.ErrTimeout) {
			out.Printf("exception(0.1): TimeoutError at t=%s", ts(ctx))
		}
		out.Println("state unchanged:", f.State())
		for _, to := range []float64{0, -1} {
			if _, err := f.Result(ctx, secs(to)); errors.Is(err, sim.ErrTimeout) {
				out.Printf("result(timeout=%v) -> TimeoutError at t=%s", to, ts(ctx))
			}
		}
		// threading.Timer(0.2, f.set_result, args=("done",)).start()
		sim.Go(ctx, "Thread-1", false, func(ctx context.Context) error {
			sleep(ctx, 0.2)
			return f.SetResult("done")
		})
		v, err := f.Result(ctx, secs(2))
		out.Printf("result(timeout=2) -> %v at t=%s", orErr(v, err), ts(ctx))
		v, err = f.Result(ctx, 0)
		out.Println("done future, timeout=0 ->", orErr(v, err))
	})
	expect(t, got, `
futures.TimeoutError is builtin TimeoutError: True
result(0.2): TimeoutError at t=0.2 msg=''
exception(0.1): TimeoutError at t=0.3
state unchanged: PENDING
result(timeout=0) -> TimeoutError at t=0.3
result(timeout=-1) -> TimeoutError at t=0.3
result(timeout=2) -> done at t=0.5
done future, timeout=0 -> done
`)
}

// orErr prints a call's value, or the exception it raised.
func orErr(v any, err error) string {
	if err != nil {
		return "raised " + err.Error()
	}
	return fmt.Sprint(v)
}
