//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
	"github.com/futurescope/futurescope/compare"
)

// init publishes globalThis.futurescopeCompare, the worker's entry for "compare this recorded trace
// with this script" (web/src/compare.js runs it in a worker of its own, so that parsing a learner's
// file never delays a run):
//
//	futurescopeCompare(source, bytes, name, options) → a Promise of {svg, simulated, recorded,
//	    verdict, diffs: [{kind, what, simulated, recorded, cause, tie, ordering}], ordering, error}
//
// bytes is the recorded trace file's contents (a Uint8Array), name its name for errors, options as
// run's (filename, cores, freeThreaded, maxSteps, timeLimitMs, lang). The Promise rejects with an
// Error "compare: NAME …" for a file that is too large (checked before it is copied into Go), empty,
// not JSON, of another version, or not a recording.
func init() {
	js.Global().Set("futurescopeCompare", js.FuncOf(jsCompare))
}

func jsCompare(_ js.Value, args []js.Value) any {
	src, data, name := jsutil.Arg(args, 0), jsutil.Arg(args, 1), jsutil.Arg(args, 2)
	if src.Type() != js.TypeString || !data.InstanceOf(js.Global().Get("Uint8Array")) {
		return jsutil.Error("compare: want futurescopeCompare(source, bytes, name, options), the source a string and bytes a Uint8Array")
	}
	fileName := "the trace"
	if name.Type() == js.TypeString && name.String() != "" {
		fileName = name.String()
	}
	opts := runOptions(jsutil.Arg(args, 3))
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
			resolve.Invoke(compareJS(res))
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

// compareJS is a CompareResult as a JS object.
func compareJS(r *CompareResult) map[string]any {
	diffs := make([]any, len(r.Diffs))
	for i, d := range r.Diffs {
		diffs[i] = map[string]any{"kind": d.Kind, "what": d.What, "simulated": d.Simulated, "recorded": d.Recorded,
			"cause": d.Cause, "tie": d.Tie, "ordering": d.Ordering}
	}
	return map[string]any{"svg": r.SVG, "simulated": r.Simulated, "recorded": r.Recorded, "verdict": r.Verdict,
		"diffs": diffs, "ordering": r.Ordering, "error": r.Error}
}
