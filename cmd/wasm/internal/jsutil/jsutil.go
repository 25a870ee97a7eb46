//go:build js && wasm

// Package jsutil holds the small helpers the WebAssembly binaries (the timeline and the workers) use to
// talk to JavaScript.
package jsutil

import "syscall/js"

// Arg returns args[i], or undefined when there are fewer arguments.
func Arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// Error makes the JS Error a function returns on failure (Go cannot throw into JS).
func Error(msg string) js.Value {
	return js.Global().Get("Error").New(msg)
}

// Promise returns a JS Promise of work's result: work runs in a goroutine of its own (so that the
// worker's event loop goes on while it waits or yields), and the Promise resolves with the value it
// returns (converted as js.ValueOf converts) or rejects with an Error of its error's message.
func Promise(work func() (any, error)) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, pr []js.Value) any {
		resolve, reject := pr[0], pr[1]
		go func() {
			defer executor.Release()
			v, err := work()
			if err != nil {
				reject.Invoke(Error(err.Error()))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}
