package layout_test

import (
	"cmp"
	"slices"
	"strconv"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// synthetic returns a trace of n futures submitted to a pool of workers threads: each is created and
// queued by the main thread 1 µs after the one before, and runs for 1 ms on the first free worker.
func synthetic(n, workers int) *trace.Trace {
	const us, ms = int64(1e3), int64(1e6)
	evs := []trace.Event{
		{Kind: trace.ProcessStart, Process: 1, Target: 1000, Name: "MainProcess"},
		{Kind: trace.ThreadStart, Thread: 1, Process: 1, Name: "MainThread"},
		{Kind: trace.ExecutorCreate, Thread: 1, Process: 1, Target: 1, Name: "ThreadPoolExecutor", Args: "max_workers=" + strconv.Itoa(workers)},
	}
	free := make([]int64, workers)
	for w := range workers {
		evs = append(evs, trace.Event{Kind: trace.ThreadStart, Thread: 2 + w, Process: 1, Name: "ThreadPoolExecutor-0_" + strconv.Itoa(w)})
	}
	for i := range n {
		id, created := i+1, int64(i)*us
		w := 0
		for k := range free {
			if free[k] < free[w] {
				w = k
			}
		}
		start := max(created, free[w])
		free[w] = start + ms
		th := 2 + w
		evs = append(evs,
			trace.Event{Time: created, Kind: trace.FutureCreate, Thread: 1, Process: 1, Future: id, Target: 1, Name: "work", Args: "(" + strconv.Itoa(i) + ",)"},
			trace.Event{Time: created, Kind: trace.FutureQueued, Thread: 1, Process: 1, Future: id, Name: "work_queue"},
			trace.Event{Time: start, Kind: trace.FutureRunning, Thread: th, Process: 1, Future: id},
			trace.Event{Time: start, Kind: trace.TaskStart, Thread: th, Process: 1, Future: id},
			trace.Event{Time: start + ms, Kind: trace.TaskEnd, Thread: th, Process: 1, Future: id},
			trace.Event{Time: start + ms, Kind: trace.FutureFinish, Thread: th, Process: 1, Future: id, Name: "returned", Value: strconv.Itoa(i * i)},
		)
	}
	slices.SortStableFunc(evs, func(a, b trace.Event) int { return cmp.Compare(a.Time, b.Time) })
	for i := range evs {
		evs[i].Seq = int64(i)
	}
	return trace.New(map[string]string{"file": "synthetic.py"}, evs)
}

// BenchmarkLayout10k lays out 10,000 futures run by a 4-worker pool (60,000 events) as the viewers
// do, writing details only when asked (BuildLazy).
func BenchmarkLayout10k(b *testing.B) {
	tr := synthetic(10_000, 4)
	b.ReportAllocs()
	for b.Loop() {
		layout.BuildLazy(tr, layout.BuildOptions{})
	}
}

// BenchmarkLayout100k lays out 100,000 futures run by a 4-worker pool (600,000 events), lazily.
func BenchmarkLayout100k(b *testing.B) {
	tr := synthetic(100_000, 4)
	b.ReportAllocs()
	for b.Loop() {
		layout.BuildLazy(tr, layout.BuildOptions{})
	}
}

// BenchmarkLayout10kEager lays out 10,000 futures with every detail written (Build, as the SVG
// needs).
func BenchmarkLayout10kEager(b *testing.B) {
	tr := synthetic(10_000, 4)
	b.ReportAllocs()
	for b.Loop() {
		layout.Build(tr)
	}
}

// BenchmarkVisible walks what a 1000-pixel window shows of the 10k-future scene: 40 lanes in the
// middle of the futures view and 5 ms of the threads view.
func BenchmarkVisible(b *testing.B) {
	s := layout.Build(synthetic(10_000, 4))
	t0, t1 := s.End/2, s.End/2+5_000_000
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range s.Futures.Visible(t0, t1, 5000, 5040) {
			n++
		}
		for range s.Threads.Visible(t0, t1, 0, len(s.Threads.Lanes)) {
			n++
		}
		if n == 0 {
			b.Fatal("nothing visible")
		}
	}
}

// BenchmarkStateAt asks for every future's state at one moment of the 10k-future scene.
func BenchmarkStateAt(b *testing.B) {
	s := layout.Build(synthetic(10_000, 4))
	b.ReportAllocs()
	for b.Loop() {
		s.StateAt(s.End / 2)
	}
}

func TestSynthetic(t *testing.T) {
	tr := synthetic(100, 4)
	if err := tr.Validate(); err != nil {
		t.Fatal(err)
	}
	s := layout.Build(tr)
	if len(s.Futures.Lanes) != 100 || len(s.Workers) != 4 {
		t.Fatalf("%d future lanes, %d workers; want 100 and 4", len(s.Futures.Lanes), len(s.Workers))
	}
}
