//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// main publishes globalThis.futurescope and then waits for calls forever.
func main() {
	// A CPU-bound script allocates an int per interpreter step under WebAssembly (Starlark boxes them),
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
// goroutine that yields to the worker's event loop now and then (yielder), so that stop() can end it.
func (r *runs) jsRun(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return jsutil.Error("run: want run(source, options), the source a string")
	}
	source, opts := args[0].String(), runOptions(jsutil.Arg(args, 1))
	cancel := make(chan struct{})
	r.stop()
	r.cancel = cancel
	opts.Cancel, opts.Yield = cancel, newYielder().yield
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, pr []js.Value) any {
		resolve, reject := pr[0], pr[1]
		go func() {
			defer executor.Release()
			res, err := runScript(source, opts)
			if r.cancel == cancel {
				r.cancel = nil
			}
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

// A yielder lets the worker's event loop run every yieldEvery of real time: sleeping parks the only
// running goroutine, and Go's WebAssembly scheduler then returns to JavaScript until the timer fires
// (a few milliseconds: browsers clamp nested timers to 4 ms).
type yielder struct {
	n    int
	last time.Time
}

// yieldEvery is how often a run lets the worker's messages in: the longest a Stop waits.
const yieldEvery = 150 * time.Millisecond

func newYielder() *yielder { return &yielder{last: time.Now()} }

func (y *yielder) yield() {
	if y.n++; y.n%8 != 0 || time.Since(y.last) < yieldEvery {
		return
	}
	time.Sleep(time.Millisecond)
	y.last = time.Now()
}

// runOptions reads run's options object; missing or mistyped fields keep their defaults.
func runOptions(o js.Value) RunOptions {
	var opts RunOptions
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

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}
