// Package gctune sets the Go garbage collector for what the simulator's runs look like: most scripts keep
// a small heap and churn through short-lived objects (a CPU loop's ints and frames), where the default
// GOGC of 100 spends a sixth of the run collecting; a few (100,000 futures and more) keep a big heap,
// where a higher GOGC would only raise the peak memory. Start gives small heaps room to grow and returns
// to the default once the live heap is big.
//
// The collector's settings never change what a run prints or records: only its speed and memory.
package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Settings are the tuner's choices; Defaults are what the commands use.
type Settings struct {
	// SmallPercent is GOGC while the live heap is at most BigHeap bytes.
	SmallPercent int
	// BigPercent is GOGC once it is bigger.
	BigPercent int
	// BigHeap is the live heap, in bytes, at which a heap counts as big.
	BigHeap uint64
}

// Defaults: GOGC 400 below 64 MiB of live heap (a process pool's gcd: 16% less CPU, 20 to 30 MB peak),
// 100 above it (a million futures peak as they would by default).
var Defaults = Settings{SmallPercent: 400, BigPercent: 100, BigHeap: 64 << 20}

// Start applies s now and again after every garbage collection, for the life of the program. It does
// nothing when the GOGC environment variable is set: a user's choice wins.
func Start(s Settings) {
	if _, set := lookupGOGC(); set {
		return
	}
	start(s)
}

// start applies s whatever the environment says.
func start(s Settings) {
	t := &tuner{s: s, percent: s.SmallPercent, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	debug.SetGCPercent(t.percent)
	t.arm()
}

type tuner struct {
	s       Settings
	percent int
	sample  []metrics.Sample
}

// arm asks to be called after the next collection: a finalizer on a fresh object runs once that object
// is found unreachable, which is at the end of a cycle.
func (t *tuner) arm() {
	runtime.SetFinalizer(&sentinel{t: t}, func(s *sentinel) { s.t.afterGC() })
}

type sentinel struct {
	t *tuner
	_ [16]byte // a zero-size object may not get its own allocation, and then never a finalizer
}

// afterGC picks GOGC from the live heap the last cycle measured and arms itself again.
func (t *tuner) afterGC() {
	metrics.Read(t.sample)
	want := t.s.SmallPercent
	if v := t.sample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() > t.s.BigHeap {
		want = t.s.BigPercent
	}
	if want != t.percent {
		t.percent = want
		debug.SetGCPercent(want)
	}
	t.arm()
}
