package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Go's garbage collector in the timeline. WebAssembly gives Go one thread, the page's, and once a
// collection has started, the first moment every goroutine sleeps (the pacer's pause, meant to give
// the page its turn) is spent marking the rest of the heap before the thread goes back to JavaScript:
// the runtime tries idle marking before it gives up its thread (runtime.findRunnable, before
// beforeIdle), and in WebAssembly nothing ends that marking early (no preemption, and a sleeping
// goroutine's timer is not work it notices). Each collection is then one stall as long as marking
// the live heap takes: 100 to 150 ms for the 30 to 60 MB of a flood of prints on a loaded 2-core
// machine (GODEBUG=gctrace=1 in the page), and a big run's preparation made 3 to 5 of them.
//
// So a big run is prepared with the collector off: the run shown is dropped first (its last frame
// stays on the screen), the heap is collected while it holds little, and the new run is copied,
// decoded and laid out without a collection (which makes little garbage: 100,000 futures take 171 MB
// so, against 143 MB live with the collector on). The collector stays off while a big run is shown,
// under a memory limit roomBytes above what the run took; a small run turns it back on.
type collector struct {
	mu   sync.Mutex
	held int // preparations under way
	pct  int // the collector's percentage (GOGC) before it was turned off
	off  bool
}

// roomBytes is how far the heap may grow past a big run's while the collector is off: the memory
// limit then starts collections (each a stall, as above).
const roomBytes = 512 << 20

// hold collects the garbage now and turns the collector off until release, with room for need more
// bytes of heap. The caller has dropped the run it showed, so that the collection marks little.
func (c *collector) hold(need int64) {
	runtime.GC()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held++
	c.turnOff(need)
}

// release ends a hold. big says whether the run prepared is big: the collector then stays off, with
// the memory limit roomBytes above what the heap holds now; otherwise it is turned back on, once no
// other preparation holds it.
func (c *collector) release(big bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held--
	switch {
	case c.held > 0:
	case big:
		c.turnOff(0)
	case c.off:
		debug.SetMemoryLimit(math.MaxInt64)
		debug.SetGCPercent(c.pct)
		c.off = false
	}
}

// turnOff turns the collector off under a memory limit roomBytes and need above the memory Go holds
// now.
func (c *collector) turnOff(need int64) {
	room := roomBytes + max(need, 0)
	debug.SetMemoryLimit(int64(min(heldBytes(), uint64(math.MaxInt64-room))) + room)
	if pct := debug.SetGCPercent(-1); !c.off {
		c.pct = pct
	}
	c.off = true
}

// heldBytes is the memory the Go runtime holds, as the memory limit counts it.
func heldBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}
