//go:build js && wasm

package main

import (
	"syscall/js"
	"time"
)

// A pacer lets the page run while the timeline prepares a big run (decodes its trace, lays it out,
// makes its viewer). In WebAssembly the timeline shares the page's thread and Go never preempts a
// goroutine: the page runs only once every goroutine is asleep. So the work calls pause often, and
// pause sleeps once a slice of work has gone by since the last sleep; the page then runs its timers,
// input and drawing, and the timeline keeps drawing the last run. A nil pacer never pauses.
type pacer struct {
	last time.Time // when the last sleep ended
}

// paceBytes is the largest trace (its binary form or JSON) prepared without pauses: a small run
// takes tens of milliseconds at most, where pauses would only delay it.
const paceBytes = 256 << 10

// decodeStep is how many events the decoder reads between calls to pause: a call costs next to
// nothing until a slice has gone by, and a step must stay well under a slice even when a loaded
// machine runs the page's thread a fraction of the time (2,000 events are a few milliseconds).
const decodeStep = 500

// slice is the most time the work takes between two sleeps, well under the page's 200 ms budget
// for a stall even on a loaded machine (a layout's steps between pauses can take longer).
const slice = 25 * time.Millisecond

// pause sleeps if a slice of work has gone by since the last sleep.
func (p *pacer) pause() {
	if p == nil || time.Since(p.last) < slice {
		return
	}
	p.breathe()
}

// breathe sleeps now: with every goroutine asleep, Go hands the thread back to JavaScript, which
// wakes it with a timer. Any call from JavaScript in between (the page's state(), ebiten's animation
// frame) runs the goroutines that are ready in its task: at most one slice of work each.
func (p *pacer) breathe() {
	if p == nil {
		return
	}
	time.Sleep(time.Millisecond)
	p.last = time.Now()
}

// A traceIn is a trace as the page gave it: a Uint8Array of its binary form (bin, size bytes), or
// its JSON.
type traceIn struct {
	bin  js.Value
	size int
	json string
}

// copyStep is how many bytes of a binary trace are copied into Go between calls to pause: copied
// in one go, with the allocation it takes, the 10 MB of 100,000 futures held the page 80 ms or more.
const copyStep = 512 << 10

// copy copies the binary trace into Go, pausing with p after each step.
func (in traceIn) copy(p *pacer) []byte {
	b := make([]byte, in.size)
	for off := 0; off < in.size; off += copyStep {
		end := min(off+copyStep, in.size)
		js.CopyBytesToGo(b[off:end], in.bin.Call("subarray", off, end))
		p.pause()
	}
	return b
}
