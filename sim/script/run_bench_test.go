package script_test

import (
	"io"
	"testing"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim/script"
)

const loopSrc = `
def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total
work(1000000)
`

// BenchmarkStepsPreempted measures interpreter steps per second on the simulator, where every 10,000
// steps the thread is preempted and charged CPU time.
func BenchmarkStepsPreempted(b *testing.B) {
	var steps float64
	n := float64(loopSteps(b))
	b.ResetTimer()
	for range b.N {
		res := script.Run(script.Options{Source: []byte(loopSrc), Stdout: io.Discard})
		if res.Err != nil {
			b.Fatal(res.Err)
		}
		steps += n
	}
	b.ReportMetric(steps/b.Elapsed().Seconds(), "steps/s")
}

// loopSteps counts the interpreter steps of loopSrc.
func loopSteps(b *testing.B) uint64 {
	th := &starlark.Thread{}
	if _, err := starlark.ExecFile(th, "loop.star", loopSrc, nil); err != nil {
		b.Fatal(err)
	}
	return th.ExecutionSteps()
}

// BenchmarkStepsPlain measures the same loop in plain Starlark, without the simulator.
func BenchmarkStepsPlain(b *testing.B) {
	var steps float64
	for range b.N {
		th := &starlark.Thread{}
		if _, err := starlark.ExecFile(th, "loop.star", loopSrc, nil); err != nil {
			b.Fatal(err)
		}
		steps += float64(th.ExecutionSteps())
	}
	b.ReportMetric(steps/b.Elapsed().Seconds(), "steps/s")
}

const lessonSrc = `
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

def fetch(n):
    time.sleep(0.1 * n)
    return n * n

def report(f):
    print("callback:", f.result())

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch, n) for n in [3, 1, 2, 5, 4]]
    for f in futures:
        f.add_done_callback(report)
    done, not_done = wait(futures, timeout=0.25, return_when=FIRST_COMPLETED)
    print(len(done), "done,", len(not_done), "not done")
    for f in as_completed(futures, timeout=1):
        print("completed:", f.result(), "at %.1f" % time.monotonic())
    print(futures[3].cancel(), futures[3].running())
    print(list(pool.map(pow, [1, 2, 3], [2, 2, 2])))
`

// BenchmarkLesson runs a lesson-sized script end to end: compile, simulate, trace.
func BenchmarkLesson(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		res := script.Run(script.Options{Source: []byte(lessonSrc), Stdout: io.Discard})
		if res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}
