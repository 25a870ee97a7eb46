package sim_test

import (
	"context"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// startMethod is the start method a worker process's name tells, as multiprocessing names them:
// SpawnProcess-N, ForkProcess-N, ForkServerProcess-N.
func startMethod(p *sim.Process) string {
	name, _, _ := strings.Cut(p.Name(), "-")
	return strings.ToLower(strings.TrimSuffix(name, "Process"))
}

// Reference case 51: max_tasks_per_child=n makes a worker exit after n tasks; a fresh process replaces
// it; the executor then uses "spawn".
//
// There is no mp_context in Go: the start method is read from the worker process's name (CPython names
// a spawned worker SpawnProcess-N), and the line
// "ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; ..."
// is not covered (no fork context can be asked for). max_tasks_per_child=0 is MaxTasksPerChild -1 here,
// as 0 means "not given" (Python's None).
func TestCase51_ppe_max_tasks_per_child(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		getpid := func(ctx context.Context) (any, error) { return sim.CurrentProcess(ctx).PID(), nil }
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1, MaxTasksPerChild: 2})
		var pids []int
		with(ctx, ex, func() error {
			for range 4 {
				pids = append(pids, result(ctx, submit(ctx, ex, getpid)).(int))
			}
			out.Println("start method:", startMethod(ex.Processes()[0]))
			return nil
		})
		names := map[int]string{}
		var letters []string
		for _, p := range pids {
			if _, ok := names[p]; !ok {
				names[p] = string(rune('A' + len(names)))
			}
			letters = append(letters, names[p])
		}
		out.Println("pids: [" + strings.Join(letters, ", ") + "]")
		if _, err := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1, MaxTasksPerChild: -1}); err != nil {
			out.Println("ValueError:", excMsg(err))
		} else {
			out.Println("no ValueError for max_tasks_per_child=0")
		}
	})
	expect(t, got, `
start method: spawn
pids: [A, A, B, B]
ValueError: max_tasks_per_child must be >= 1
`)
}
