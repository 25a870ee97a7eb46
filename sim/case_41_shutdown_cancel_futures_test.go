package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 41: shutdown(cancel_futures=True) drains the queue and cancels every queued future;
// running ones finish. The drained futures stay CANCELLED forever (no worker notifies them), so wait()
// and as_completed() never count them as done. Their callbacks run in the thread calling shutdown().
func TestCase41_shutdown_cancel_futures(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var cbThreads []string
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		var fs []*sim.Future
		for range 5 {
			fs = append(fs, submit(ctx, ex, sleeper(0.2)))
		}
		for _, f := range fs[1:] {
			f.AddDoneCallback(ctx, func(ctx context.Context, _ *sim.Future) error {
				cbThreads = append(cbThreads, threadName(ctx))
				return nil
			})
		}
		sleep(ctx, 0.1)
		out.unexpected(ex.Shutdown(ctx, true, true))
		out.Printf("t=%s shutdown returned; states=%s", ts(ctx), stateList(fs))
		var cancelled, done []any
		for _, f := range fs {
			cancelled = append(cancelled, f.Cancelled())
			done = append(done, f.Done())
		}
		out.Printf("cancelled()=%s done()=%s", pyList(cancelled...), pyList(done...))
		out.Println("callbacks ran in:", pyRepr(cbThreads))
		d, nd, err := sim.Wait(ctx, fs, secs(0.2), sim.AllCompleted)
		out.unexpected(err)
		out.Printf("t=%s wait(fs, 0.2): done=%d not_done=%d", ts(ctx), len(d), len(nd))
		for _, err := range sim.AsCompleted(ctx, fs[1:], secs(0.1)) {
			if err != nil {
				out.Printf("t=%s as_completed(cancelled, 0.1): %s", ts(ctx), excMsg(err))
			}
		}
	})
	expect(t, got, `
t=0.2 shutdown returned; states=['FINISHED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']
cancelled()=[False, True, True, True, True] done()=[True, True, True, True, True]
callbacks ran in: ['MainThread', 'MainThread', 'MainThread', 'MainThread']
t=0.4 wait(fs, 0.2): done=1 not_done=4
t=0.5 as_completed(cancelled, 0.1): 4 (of 4) futures unfinished
`)
}
