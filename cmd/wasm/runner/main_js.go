//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// main publishes globalThis.futurescope and then waits for calls forever.
func main() {
	// A CPU-bound script allocates an int per interpreter step or two (ints past the small ones are boxed),
	// so the collector runs often: collecting at 4× the live heap instead of 2× makes lessons 08 and 11
	// 15–20% faster (BenchmarkLessonBlocks under node). The memory limit keeps a flood of output from
	// growing the heap without bound: near it, the collector runs as often as it must.
	debug.SetGCPercent(300)
	debug.SetMemoryLimit(768 << 20)
	api := js.Global().Get("Object").New()
	r := &runs{}
	api.Set("run", js.FuncOf(r.jsRun))
	api.Set("stop", js.FuncOf(r.jsStop))
	api.Set("version", runtime.Version())
	js.Global().Set("futurescope", api)
	select {}
}

// runs is the runner's one run at a time: the Cancel channel of the run in progress.
type runs struct {
	cancel chan struct{}
}

// jsRun is run(source, options): it returns a Promise of the run's result. The run goes on in a
// goroutine that yields to the worker's event loop now and then (browserrun.Yielder), so that stop()
// can end it.
func (r *runs) jsRun(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return jsutil.Error("run: want run(source, options), the source a string")
	}
	source, opts := args[0].String(), RunOptions{Options: browserrun.FromJS(jsutil.Arg(args, 1))}
	cancel := make(chan struct{})
	r.stop()
	r.cancel = cancel
	opts.Cancel, opts.Yield = cancel, browserrun.NewYielder().Yield
	return jsutil.Promise(func() (any, error) {
		res, err := runScript(source, opts)
		if r.cancel == cancel {
			r.cancel = nil
		}
		if err != nil {
			return nil, err
		}
		return resultJS(res), nil
	})
}

// jsStop is stop(): the run in progress, if any, ends at its next check with a "cancelled" error,
// its trace so far drawn.
func (r *runs) jsStop(js.Value, []js.Value) any {
	r.stop()
	return nil
}

func (r *runs) stop() {
	if r.cancel != nil {
		close(r.cancel)
		r.cancel = nil
	}
}

// resultJS is run's result as a JS object.
func resultJS(res *RunResult) map[string]any {
	marks := make([]any, len(res.Marks))
	for i, m := range res.Marks {
		marks[i] = map[string]any{"line": m.Line, "col": m.Col, "endLine": m.EndLine, "endCol": m.EndCol, "message": m.Message}
	}
	return map[string]any{
		"stdout": res.Stdout, "stderr": res.Stderr, "exitCode": res.ExitCode, "error": res.Error, "kind": res.Kind,
		"marks": marks, "traceBin": bytesToJS(res.TraceBin),
		"futures": res.Futures, "events": res.Events,
		"virtualNs": float64(res.VirtualNs), "wallMs": res.WallMs,
	}
}

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}
