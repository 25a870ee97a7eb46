package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestCollectorHold checks that the collector is off while a preparation holds it and after a big
// run, and back as it was after a small one.
func TestCollectorHold(t *testing.T) {
	was := debug.SetGCPercent(100)
	defer debug.SetGCPercent(was)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	var c collector
	c.hold(0)
	if p := gcPercent(); p != -1 {
		t.Fatalf("held: GOGC %d, want off", p)
	}
	if limit := debug.SetMemoryLimit(-1); limit == math.MaxInt64 || limit < roomBytes {
		t.Errorf("held: memory limit %d, want one roomBytes above the heap", limit)
	}
	c.hold(1 << 30) // a second run asked for meanwhile, a big one
	if limit := debug.SetMemoryLimit(-1); limit < roomBytes+1<<30 {
		t.Errorf("held for 1 GB more: memory limit %d, want room for it", limit)
	}
	c.release(false)
	if p := gcPercent(); p != -1 {
		t.Errorf("one of two holds released: GOGC %d, want still off", p)
	}
	c.release(true)
	if p := gcPercent(); p != -1 {
		t.Errorf("a big run shown: GOGC %d, want off", p)
	}
	c.hold(0)
	c.release(false)
	if p := gcPercent(); p != 100 {
		t.Errorf("a small run shown: GOGC %d, want 100 again", p)
	}
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		t.Errorf("a small run shown: memory limit %d, want none", limit)
	}
}
