package script

import (
	"strings"
	"testing"
)

// TestPoolLostTaskDeadlock: a task lost with the Pool worker that ran it never finishes, so a get()
// without a timeout waits forever, as in CPython; the simulator reports the deadlock (the main thread
// waiting at the get, the replacement workers waiting for tasks) instead of hanging. The script
// mp_pool_replace_workers shows the replacement itself against CPython.
func TestPoolLostTaskDeadlock(t *testing.T) {
	src := `import multiprocessing as mp
import os

def die():
    os._exit(1)

if __name__ == "__main__":
    with mp.get_context("spawn").Pool(2) as pool:
        print(pool.apply_async(die).get())
`
	out, errOut, res := runOpts(t, src, Options{})
	r := res.Report
	if out != "" || r == nil || r.Kind != KindDeadlock || r.Line != 9 {
		t.Fatalf("stdout %q report %+v\n%s", out, r, errOut)
	}
	workers := 0
	for _, th := range r.Threads {
		if th.Name == "MainThread" && th.Process == "MainProcess" && th.Line != 9 {
			t.Errorf("main thread %+v, want it waiting at line 9", th)
		}
		if strings.HasPrefix(th.Process, "SpawnPoolWorker-") {
			workers++
		}
	}
	if workers != 2 || !strings.Contains(errOut, "SpawnPoolWorker-3") {
		t.Errorf("want two live workers, one of them the replacement SpawnPoolWorker-3:\n%s", errOut)
	}
}
