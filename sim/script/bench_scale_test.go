package script

import (
	"fmt"
	goruntime "runtime"
	"strings"
	"testing"
)

// trivialFutures is a script that submits n trivial futures to a 4-worker pool of kind ("Thread" or
// "Process"), waits for them, prints "peak" (the moment every future is done and held) and sums the
// results: what `futurescope run` of n futures does.
func trivialFutures(kind string, n int) string {
	return fmt.Sprintf(`from concurrent.futures import %[1]sPoolExecutor, wait
def f(x):
    return x
if __name__ == '__main__':
    with %[1]sPoolExecutor(max_workers=4) as ex:
        fs = [ex.submit(f, i) for i in range(%[2]d)]
        wait(fs)
    print("peak")
    print(sum(f.result() for f in fs))
`, kind, n)
}

// peakWriter is a script's stdout that, when the script prints "peak", collects garbage and notes the
// bytes still in use.
type peakWriter struct {
	b    *testing.B
	live *float64
}

func (w peakWriter) Write(p []byte) (int, error) {
	if strings.HasPrefix(string(p), "peak") && *w.live == 0 {
		w.b.StopTimer()
		*w.live = liveHeap()
		w.b.StartTimer()
	}
	return len(p), nil
}

func liveHeap() float64 {
	goruntime.GC()
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc)
}

// benchRun runs trivialFutures(kind, n) as `futurescope run` does and reports the time a future costs
// (ns/future) and the heap a future holds at the run's peak (live-B/future, from the first round).
func benchRun(b *testing.B, kind string, n int) {
	src := []byte(trivialFutures(kind, n))
	b.StopTimer()
	before := liveHeap()
	b.StartTimer()
	var live float64
	for b.Loop() {
		res := Run(Options{Source: src, Stdout: peakWriter{b, &live}})
		if res.Err != nil {
			b.Fatal(res.Err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/future")
	b.ReportMetric((live-before)/float64(n), "live-B/future")
}

// A run of 10k to 1M trivial futures on each pool (issue 12: cost per future within ±20% across them).
func BenchmarkRunThreadPool10k(b *testing.B)   { benchRun(b, "Thread", 10_000) }
func BenchmarkRunThreadPool100k(b *testing.B)  { benchRun(b, "Thread", 100_000) }
func BenchmarkRunThreadPool1M(b *testing.B)    { benchRun(b, "Thread", 1_000_000) }
func BenchmarkRunProcessPool10k(b *testing.B)  { benchRun(b, "Process", 10_000) }
func BenchmarkRunProcessPool100k(b *testing.B) { benchRun(b, "Process", 100_000) }
func BenchmarkRunProcessPool1M(b *testing.B)   { benchRun(b, "Process", 1_000_000) }
