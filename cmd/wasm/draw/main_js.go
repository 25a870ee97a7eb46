//go:build js && wasm

package main

import (
	"runtime"
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// main publishes globalThis.futurescope and then waits for calls forever.
func main() {
	api := js.Global().Get("Object").New()
	api.Set("svg", js.FuncOf(jsSVG))
	api.Set("chromeTrace", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return jsResult(chromeTrace(jsBytes(jsutil.Arg(args, 0))))
	}))
	api.Set("traceJSON", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return jsResult(traceJSON(jsBytes(jsutil.Arg(args, 0))))
	}))
	(&exports{}).publish(api)
	api.Set("version", runtime.Version())
	js.Global().Set("futurescope", api)
	select {}
}

// jsSVG is svg(traceBin, lang).
func jsSVG(_ js.Value, args []js.Value) any {
	return jsResult(timelineSVG(jsBytes(jsutil.Arg(args, 0)), jsString(jsutil.Arg(args, 1))))
}

// jsResult is what a call returns to JavaScript: s, or err as a JS Error.
func jsResult(s string, err error) any {
	if err != nil {
		return jsutil.Error(err.Error())
	}
	return s
}

// jsBytes copies v, a Uint8Array, into Go; anything else gives nil (which decode reports).
func jsBytes(v js.Value) []byte {
	if v.Type() != js.TypeObject || !v.InstanceOf(js.Global().Get("Uint8Array")) {
		return nil
	}
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// jsString returns v's text, or "" when v is not a string.
func jsString(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}
