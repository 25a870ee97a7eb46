//go:build js && wasm

// Package jsutil holds the small helpers both WebAssembly binaries (the runner and the timeline) use to
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
