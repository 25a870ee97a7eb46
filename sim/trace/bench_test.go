package trace

import (
	"io"
	"strconv"
	"testing"
)

// futuresTrace returns the events of n trivial futures run by four worker threads, as the simulator
// records them: six events a future, results and arguments all different.
func futuresTrace(n int) []Event {
	var out []Event
	add := func(e Event) {
		e.Seq, e.Time, e.Process = int64(len(out)), int64(len(out))*1000, 1
		out = append(out, e)
	}
	for f := 1; f <= n; f++ {
		worker := 2 + f%4
		i := strconv.Itoa(f - 1)
		add(Event{Kind: FutureCreate, Thread: 1, Future: f, Target: 1, Name: "f", Args: "(" + i + ",)", Line: 5})
		add(Event{Kind: FutureQueued, Thread: 1, Future: f, Name: "work_queue", Line: 5})
		add(Event{Kind: FutureRunning, Thread: worker, Future: f})
		add(Event{Kind: TaskStart, Thread: worker, Future: f})
		add(Event{Kind: TaskEnd, Thread: worker, Future: f})
		add(Event{Kind: FutureFinish, Thread: worker, Future: f, Name: "returned", Value: i})
	}
	return out
}

// BenchmarkStoreAdd measures recording an event, as the simulator does for each (ns/event).
func BenchmarkStoreAdd(b *testing.B) {
	events := futuresTrace(100_000)
	b.ReportAllocs()
	for b.Loop() {
		var s Store
		for _, e := range events {
			s.Add(e)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(events)), "ns/event")
}

// BenchmarkEvents measures reading every event of a trace, as the layout does (ns/event).
func BenchmarkEvents(b *testing.B) {
	tr := New(nil, futuresTrace(100_000))
	b.ReportAllocs()
	futures := 0
	for b.Loop() {
		for _, e := range tr.Events() {
			if e.Kind == FutureCreate {
				futures++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tr.Len()), "ns/event")
}

// BenchmarkEncode10k, BenchmarkEncodeBinary10k and BenchmarkWriteChrome10k write the trace of 10,000
// futures in each form.
func BenchmarkEncode10k(b *testing.B) {
	tr := New(nil, futuresTrace(10_000))
	for b.Loop() {
		if err := Encode(io.Discard, tr); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeBinary10k(b *testing.B) {
	tr := New(nil, futuresTrace(10_000))
	for b.Loop() {
		if _, err := EncodeBinary(tr); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeBinary10k(b *testing.B) {
	bin, err := EncodeBinary(New(nil, futuresTrace(10_000)))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := DecodeBinary(bin); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteChrome10k(b *testing.B)  { benchChrome(b, 10_000) }
func BenchmarkWriteChrome100k(b *testing.B) { benchChrome(b, 100_000) }

// benchChrome writes the Chrome trace of n futures, reporting the process's CPU time a write
// (cpu-ns/op), which a loaded machine disturbs less than the wall clock.
func benchChrome(b *testing.B, n int) {
	tr := New(nil, futuresTrace(n))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if err := WriteChrome(io.Discard, tr); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}
