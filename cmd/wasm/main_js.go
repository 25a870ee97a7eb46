//go:build js && wasm

package main

import (
	"errors"
	"log"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// main publishes globalThis.futurescopeTimeline and runs the viewer in the frame.
func main() {
	tl := &timeline{}
	api := js.Global().Get("Object").New()
	api.Set("show", js.FuncOf(func(_ js.Value, args []js.Value) any { return jsShow(tl, args) }))
	api.Set("command", js.FuncOf(func(_ js.Value, args []js.Value) any { return jsCommand(tl, args) }))
	api.Set("state", js.FuncOf(func(js.Value, []js.Value) any { return jsState(tl) }))
	js.Global().Set("futurescopeTimeline", api)
	// An idle timeline ticks slowly (idle.go): any input in the frame wakes it before ebiten reads it.
	wake := js.FuncOf(func(js.Value, []js.Value) any { tl.wake(); return nil })
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	opts.Set("passive", true)
	for _, ev := range []string{"pointerdown", "pointermove", "pointerup", "wheel", "keydown", "keyup", "touchstart", "resize", "focus"} {
		js.Global().Call("addEventListener", ev, wake, opts)
	}

	ebiten.SetWindowTitle("futurescope timeline")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(false) // Draw skips the frames that would repeat the last (idle.go)
	if err := ebiten.RunGame(tl); err != nil {
		log.Fatal(err)
	}
}

// jsShow is show(trace, source, options): trace is the runner's traceBin (a Uint8Array, the binary
// form) or a trace's JSON (a string).
func jsShow(tl *timeline, args []js.Value) any {
	in, err := traceData(jsutil.Arg(args, 0))
	if err != nil {
		return jsutil.Error("show: " + err.Error())
	}
	r := run{at: -1}
	if src := jsutil.Arg(args, 1); src.Type() == js.TypeString {
		r.source = []byte(src.String())
	}
	if o := jsutil.Arg(args, 2); o.Type() == js.TypeObject {
		if v := o.Get("view"); v.Type() == js.TypeString {
			if r.mode, err = parseMode(v.String()); err != nil {
				return jsutil.Error("show: " + err.Error())
			}
			r.setMode = true
		}
		if v := o.Get("at"); v.Type() == js.TypeNumber {
			r.at = int64(v.Float())
		}
		if v := o.Get("lang"); v.Type() == js.TypeString {
			if r.lang, err = parseLang(v.String()); err != nil {
				return jsutil.Error("show: " + err.Error())
			}
		}
	}
	tl.show(r, in)
	return nil
}

// jsCommand is command(op, arg).
func jsCommand(tl *timeline, args []js.Value) any {
	a := jsutil.Arg(args, 1)
	var num float64
	var str string
	switch a.Type() {
	case js.TypeNumber:
		num = a.Float()
	case js.TypeString:
		str = a.String()
	}
	c, err := parseCommand(jsutil.Arg(args, 0).String(), num, str)
	if err != nil {
		return jsutil.Error(err.Error())
	}
	tl.do(c)
	return nil
}

// jsState is state().
func jsState(tl *timeline) any {
	s := tl.state()
	return map[string]any{"shown": s.Shown, "playhead": float64(s.Playhead), "end": float64(s.End),
		"playing": s.Playing, "view": s.View, "lang": s.Lang, "frames": s.Frames, "loaded": s.Loaded, "drawn": s.Drawn,
		"loading": s.Loading, "error": s.Error}
}

// traceData takes a trace given as a Uint8Array of its binary form or as a string of its JSON, for
// show to copy and decode off the page's call: a big run's binary trace (megabytes) is copied a step
// at a time, with pauses, not here in the page's message.
func traceData(v js.Value) (traceIn, error) {
	switch {
	case v.Type() == js.TypeString:
		return traceIn{json: v.String()}, nil
	case v.Type() == js.TypeObject && v.InstanceOf(js.Global().Get("Uint8Array")):
		return traceIn{bin: v, size: v.Get("length").Int()}, nil
	}
	return traceIn{}, errors.New("want the trace as a Uint8Array (traceBin) or a JSON string")
}
