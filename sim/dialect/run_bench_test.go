package script_test

import (
	"io"
	"strconv"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim/dialect"
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

// countSrc is lesson 8's CPU-bound script: one count on the main thread, then four in a pool. BODY is
// the loop's body.
const countSrc = `
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def count(n):
    total = 0
    for i in range(n):
        BODY
    return total

if __name__ == '__main__':
    start = time.monotonic()
    count(N)
    print('one count:        %.2f s' % (time.monotonic() - start))
    start = time.monotonic()
    with POOL(max_workers=4) as pool:
        totals = list(pool.map(count, [N] * 4))
    print('four in the pool: %.2f s' % (time.monotonic() - start))
`

// BenchmarkLessonCPU runs lesson 8's CPU-bound script end to end on four cores: five counts of 1e6,
// on the main thread and then in a thread pool (taking turns on the GIL), a process pool (in
// parallel), or free-threaded. steps/s counts the interpreter steps of the five counts.
//
// The body "total += 1" is the lesson's; "total += i" (as the lesson was) takes as many steps, but
// total passes 2^31 after 65,536 additions and from then on every addition allocates big integers:
// 3 to 5 times slower natively, about 1.7 times under WebAssembly.
func BenchmarkLessonCPU(b *testing.B) {
	const n = 1_000_000
	pools := []struct {
		name, pool   string
		freeThreaded bool
	}{
		{"threads", "ThreadPoolExecutor", false},
		{"processes", "ProcessPoolExecutor", false},
		{"free-threaded", "ThreadPoolExecutor", true},
	}
	for _, body := range []struct{ name, code string }{{"count", "total += 1"}, {"sum", "total += i"}} {
		perCount := countSteps(b, n, body.code)
		for _, p := range pools {
			src := strings.NewReplacer("POOL", p.pool, "N", strconv.Itoa(n), "BODY", body.code).Replace(countSrc)
			b.Run(body.name+"/"+p.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					res := script.Run(script.Options{Source: []byte(src), Cores: 4, FreeThreaded: p.freeThreaded})
					if res.Err != nil {
						b.Fatal(res.Err)
					}
				}
				b.ReportMetric(float64(5*perCount)*float64(b.N)/b.Elapsed().Seconds(), "steps/s")
			})
		}
	}
}

// countSteps counts the interpreter steps of one count(n) of countSrc in plain Starlark.
func countSteps(b *testing.B, n int, body string) uint64 {
	th := &starlark.Thread{}
	src := "def count(n):\n    total = 0\n    for i in range(n):\n        " + body + "\n    return total\n"
	if _, err := starlark.ExecFile(th, "count.star", src+"count("+strconv.Itoa(n)+")\n", nil); err != nil {
		b.Fatal(err)
	}
	return th.ExecutionSteps()
}
