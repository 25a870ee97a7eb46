//go:build js && wasm

package main

import (
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
	"github.com/futurescope/futurescope/compare"
)

// main publishes globalThis.futurescopeCompare and then waits for calls forever.
func main() {
	// As runner.wasm: the collector runs at 4× the live heap (a CPU-bound script allocates at every
	// step), and the memory limit keeps a flood of output from growing the heap without bound.
	debug.SetGCPercent(300)
	debug.SetMemoryLimit(768 << 20)
	js.Global().Set("futurescopeCompare", js.FuncOf(jsCompare))
	select {}
}

// jsCompare is futurescopeCompare(source, bytes, name, options): a Promise of the comparison, which
// goes on in a goroutine that lets the worker's event loop in now and then (yielder).
func jsCompare(_ js.Value, args []js.Value) any {
	src, data, name := jsutil.Arg(args, 0), jsutil.Arg(args, 1), jsutil.Arg(args, 2)
	if src.Type() != js.TypeString || !data.InstanceOf(js.Global().Get("Uint8Array")) {
		return jsutil.Error("compare: want futurescopeCompare(source, bytes, name, options), the source a string and bytes a Uint8Array")
	}
	fileName := "the trace"
	if name.Type() == js.TypeString && name.String() != "" {
		fileName = name.String()
	}
	opts := options(jsutil.Arg(args, 3))
	opts.Yield = newYielder().yield
	source, size := src.String(), data.Get("length").Int()
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, pr []js.Value) any {
		resolve, reject := pr[0], pr[1]
		go func() {
			defer executor.Release()
			if err := compare.CheckSize(int64(size), fileName); err != nil {
				reject.Invoke(jsutil.Error(err.Error()))
				return
			}
			buf := make([]byte, size)
			js.CopyBytesToGo(buf, data)
			res, err := compareRecorded(source, buf, fileName, opts)
			if err != nil {
				reject.Invoke(jsutil.Error(err.Error()))
				return
			}
			resolve.Invoke(resultJS(res))
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

// resultJS is a Result as a JS object.
func resultJS(r *Result) map[string]any {
	diffs := make([]any, len(r.Diffs))
	for i, d := range r.Diffs {
		diffs[i] = map[string]any{"kind": d.Kind, "what": d.What, "simulated": d.Simulated, "recorded": d.Recorded,
			"cause": d.Cause, "tie": d.Tie, "ordering": d.Ordering}
	}
	return map[string]any{"svg": r.SVG, "simulated": r.Simulated, "recorded": r.Recorded, "verdict": r.Verdict,
		"diffs": diffs, "ordering": r.Ordering, "error": r.Error}
}

// options reads the options object (runner.wasm's run options); missing or mistyped fields keep
// their defaults.
func options(o js.Value) Options {
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

// A yielder lets the worker's event loop run every yieldEvery of real time: sleeping parks the only
// running goroutine, and Go's WebAssembly scheduler then returns to JavaScript until the timer fires.
type yielder struct {
	n    int
	last time.Time
}

// yieldEvery is how often a comparison lets the worker's messages in (runner.wasm's pace).
const yieldEvery = 150 * time.Millisecond

func newYielder() *yielder { return &yielder{last: time.Now()} }

func (y *yielder) yield() {
	if y.n++; y.n%8 != 0 || time.Since(y.last) < yieldEvery {
		return
	}
	time.Sleep(time.Millisecond)
	y.last = time.Now()
}
