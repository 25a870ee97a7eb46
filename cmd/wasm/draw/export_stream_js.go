//go:build js && wasm

package main

import (
	"sync"
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// exports are the exports being written, by handle, for the worker to read chunk by chunk.
type exports struct {
	mu   sync.Mutex // guards last and m: the readers' goroutines forget finished exports
	last int
	m    map[int]*exportStream
}

func (x *exports) get(h int) *exportStream {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.m[h]
}

func (x *exports) forget(h int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.m, h)
}

// publish adds exportStart, exportNext and exportCancel to the runner's API object.
func (x *exports) publish(api js.Value) {
	x.m = map[int]*exportStream{}
	api.Set("exportStart", js.FuncOf(x.jsStart))
	api.Set("exportNext", js.FuncOf(x.jsNext))
	api.Set("exportCancel", js.FuncOf(x.jsCancel))
}

// jsStart is exportStart(kind, traceBin, lang): it starts writing the export kind ("chrome", "trace",
// "svg") of the binary trace traceBin (a Uint8Array) and returns its handle.
func (x *exports) jsStart(_ js.Value, args []js.Value) any {
	kind, lang := jsString(jsutil.Arg(args, 0)), jsString(jsutil.Arg(args, 2))
	t, err := decode("export", jsBytes(jsutil.Arg(args, 1)))
	if err != nil {
		return jsutil.Error(err.Error())
	}
	s, err := newExport(kind, t, lang)
	if err != nil {
		return jsutil.Error(err.Error())
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.last++
	x.m[x.last] = s
	return x.last
}

// jsNext is exportNext(handle): a Promise of the export's next chunk, {chunk, progress, done}: chunk a
// Uint8Array (null once done), progress from 0 to 1. It rejects when the export failed or was
// cancelled; the handle is forgotten once done.
func (x *exports) jsNext(_ js.Value, args []js.Value) any {
	h := jsInt(jsutil.Arg(args, 0))
	s := x.get(h)
	if s == nil {
		return jsutil.Error("export: no export in progress with that handle")
	}
	return jsutil.Promise(func() (any, error) {
		chunk, progress, last, err := s.next()
		if last {
			x.forget(h)
		}
		if err != nil {
			return nil, err
		}
		var c any
		if chunk != nil {
			c = bytesToJS(chunk)
		}
		return map[string]any{"chunk": c, "progress": progress, "done": last}, nil
	})
}

// jsCancel is exportCancel(handle): the export stops at its next chunk, and is forgotten.
func (x *exports) jsCancel(_ js.Value, args []js.Value) any {
	h := jsInt(jsutil.Arg(args, 0))
	if s := x.get(h); s != nil {
		s.cancel()
		x.forget(h)
	}
	return nil
}

// jsInt returns v as an int, or 0 when it is not a number.
func jsInt(v js.Value) int {
	if v.Type() != js.TypeNumber {
		return 0
	}
	return v.Int()
}
