package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 39: shutdown(wait=True) blocks until every submitted future, running and queued, has
// finished and the worker threads have exited; it is idempotent.
func TestCase39_shutdown_wait_true(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		var fs []*sim.Future
		for range 3 {
			fs = append(fs, submit(ctx, ex, sleeper(0.2)))
		}
		out.unexpected(ex.Shutdown(ctx, true, false))
		out.Printf("t=%s shutdown returned; states=%s", ts(ctx), stateList(fs))
		alive := 0
		for _, th := range ex.Threads() {
			if th.Alive() {
				alive++
			}
		}
		out.Println("threads alive after shutdown:", alive)
		out.unexpected(ex.Shutdown(ctx, true, false))
		out.Printf("second shutdown ok at t=%s", ts(ctx))
	})
	expect(t, got, `
t=0.4 shutdown returned; states=['FINISHED', 'FINISHED', 'FINISHED']
threads alive after shutdown: 0
second shutdown ok at t=0.4
`)
}
