//go:build js && wasm

package browserrun

import (
	"syscall/js"
	"time"
)

// FromJS reads the page's options object ({filename, cores, freeThreaded, maxSteps, timeLimitMs (virtual
// milliseconds), lang}); missing or mistyped fields keep their defaults.
func FromJS(o js.Value) Options {
	var opts Options
	if o.Type() != js.TypeObject {
		return opts
	}
	if v := o.Get("filename"); v.Type() == js.TypeString {
		opts.Filename = v.String()
	}
	if v := o.Get("cores"); v.Type() == js.TypeNumber {
		opts.Cores = v.Int()
	}
	if v := o.Get("freeThreaded"); v.Type() == js.TypeBoolean {
		opts.FreeThreaded = v.Bool()
	}
	if v := o.Get("maxSteps"); v.Type() == js.TypeNumber {
		opts.MaxSteps = int64(v.Float())
	}
	if v := o.Get("timeLimitMs"); v.Type() == js.TypeNumber {
		opts.TimeLimit = time.Duration(v.Float() * float64(time.Millisecond))
	}
	if v := o.Get("lang"); v.Type() == js.TypeString {
		opts.Lang = v.String()
	}
	return opts
}

// A Yielder lets the worker's event loop run every yieldEvery of real time: sleeping parks the only
// running goroutine, and Go's WebAssembly scheduler then returns to JavaScript until the timer fires
// (a few milliseconds: browsers clamp nested timers to 4 ms). Its Yield is a run's Options.Yield.
type Yielder struct {
	n    int
	last time.Time
}

// yieldEvery is how often a run lets the worker's messages in: the longest a Stop waits.
const yieldEvery = 150 * time.Millisecond

// NewYielder returns a Yielder whose first pause comes yieldEvery from now.
func NewYielder() *Yielder { return &Yielder{last: time.Now()} }

// Yield pauses for the event loop if yieldEvery has passed since the last pause (it looks at the clock
// one call in eight).
func (y *Yielder) Yield() {
	if y.n++; y.n%8 != 0 || time.Since(y.last) < yieldEvery {
		return
	}
	time.Sleep(time.Millisecond)
	y.last = time.Now()
}
