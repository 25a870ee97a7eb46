//go:build js && wasm

package main

import (
	"runtime/debug"
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
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
// goes on in a goroutine that lets the worker's event loop in now and then (browserrun.Yielder).
func jsCompare(_ js.Value, args []js.Value) any {
	src, data, name := jsutil.Arg(args, 0), jsutil.Arg(args, 1), jsutil.Arg(args, 2)
	if src.Type() != js.TypeString || !data.InstanceOf(js.Global().Get("Uint8Array")) {
		return jsutil.Error("compare: want futurescopeCompare(source, bytes, name, options), the source a string and bytes a Uint8Array")
	}
	fileName := "the trace"
	if name.Type() == js.TypeString && name.String() != "" {
		fileName = name.String()
	}
	opts := Options{Options: browserrun.FromJS(jsutil.Arg(args, 3)), Yield: browserrun.NewYielder().Yield}
	source, size := src.String(), data.Get("length").Int()
	return jsutil.Promise(func() (any, error) {
		if err := compare.CheckSize(int64(size), fileName); err != nil {
			return nil, err
		}
		buf := make([]byte, size)
		js.CopyBytesToGo(buf, data)
		res, err := compareRecorded(source, buf, fileName, opts)
		if err != nil {
			return nil, err
		}
		return resultJS(res), nil
	})
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
