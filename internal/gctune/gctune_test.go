package gctune

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// percent returns GOGC as it is now.
func percent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestFollowsTheLiveHeap: GOGC is the small setting while little is live, the big one once a big heap
// survives a collection, and the small one again when that heap is freed.
func TestFollowsTheLiveHeap(t *testing.T) {
	defer debug.SetGCPercent(percent())
	start(Settings{SmallPercent: 350, BigPercent: 90, BigHeap: 8 << 20})
	if got := percent(); got != 350 {
		t.Fatalf("after start: GOGC %d, want 350", got)
	}
	func() {
		big := make([][]byte, 32)
		for i := range big {
			big[i] = make([]byte, 1<<20)
		}
		waitFor(t, 90)
		runtime.KeepAlive(big)
	}()
	waitFor(t, 350)
}

// waitFor collects until the tuner has set GOGC to want (the finalizer runs on its own goroutine, soon
// after a cycle ends).
func waitFor(t *testing.T, want int) {
	t.Helper()
	for range 50 {
		runtime.GC()
		runtime.Gosched()
		if percent() == want {
			return
		}
	}
	t.Fatalf("GOGC is %d after 50 collections, want %d", percent(), want)
}
