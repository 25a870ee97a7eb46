package py

import "github.com/futurescope/futurescope/python/compile"

// sys._getframe: a snapshot of the calling thread's Python frames as frame
// objects (f_code, f_lineno, f_back, f_globals, f_locals), taken when it is
// called. The interpreter reuses its frames, so a frame object records what
// its frame was doing at that moment rather than following it afterwards.
// Inlined comprehensions are not frames of their own, as in CPython 3.12+:
// code running in one is seen as its enclosing function at the
// comprehension's line.

// snapshotFrames returns the frame objects of t's stack, innermost first.
func (t *Thread) snapshotFrames() []*FrameObject {
	var out []*FrameObject
	var inl *Frame // an inlined comprehension, for its enclosing frame
	for f := t.frame; f != nil; f = f.back {
		if f.code.Flags&compile.FlagInlined != 0 {
			if inl == nil {
				inl = f
			}
			continue
		}
		fo := &FrameObject{code: f.code, line: f.Line(), globals: f.globals, builtins: f.builtins, live: f, serial: f.serial}
		if inl != nil {
			fo.line, fo.inl, fo.inlSerial, inl = inl.Line(), inl, inl.serial, nil
		}
		fo.locals = f.localsDict()
		out = append(out, fo)
	}
	for i := 0; i+1 < len(out); i++ {
		out[i].back = out[i+1]
	}
	return out
}

// localsDict returns the frame's local names: its namespace for module and
// class-body code, its bound fast locals and cells for a function.
func (f *Frame) localsDict() *Dict {
	if f.locals != nil {
		return f.locals
	}
	if f.fn == nil && f.globals != nil {
		return f.globals
	}
	d := NewDict()
	for i, name := range f.code.Varnames {
		if i < len(f.fast) && f.fast[i] != nil {
			d.SetStr(name, f.fast[i])
		}
	}
	names := append(append([]string{}, f.code.CellVars...), f.code.FreeVars...)
	for i, name := range names {
		if i < len(f.cells) && f.cells[i] != nil && f.cells[i].V != nil {
			d.SetStr(name, f.cells[i].V)
		}
	}
	return d
}

// sysGetframe is sys._getframe([depth]).
func sysGetframe(t *Thread, args []Object, kw []string) (Object, error) {
	a, err := UnpackArgs("_getframe", args, kw, []string{"depth"}, 0)
	if err != nil {
		return nil, err
	}
	depth := int64(0)
	if a[0] != nil {
		if depth, err = t.ToInt64(a[0]); err != nil {
			return nil, err
		}
	}
	frames := t.snapshotFrames()
	if depth < 0 {
		depth = 0
	}
	if depth >= int64(len(frames)) {
		return nil, Errorf(ValueErrorType, "call stack is not deep enough")
	}
	return frames[depth], nil
}

// frameAttr gives a frame object's attributes.
func frameAttr(x *FrameObject, name string) (Object, bool) {
	switch name {
	case "f_code":
		return codeInfoOf(x.code).obj, true
	case "f_lineno":
		return MakeInt(int64(x.lineNow())), true
	case "f_back":
		if x.back == nil {
			return None, true
		}
		return x.back, true
	case "f_globals":
		if x.globals != nil {
			return x.globals, true
		}
	case "f_locals":
		if x.live != nil && x.live.serial == x.serial {
			x.locals = x.live.localsDict()
		}
		if x.locals != nil {
			return x.locals, true
		}
	case "f_builtins":
		if x.builtins != nil {
			return x.builtins, true
		}
	}
	return nil, false
}

// lineNow is the line the frame is running: its frame's current line while
// that frame still runs the call it was taken of, else the line it had then.
func (x *FrameObject) lineNow() int {
	if x.inl != nil {
		if x.inl.serial == x.inlSerial {
			x.line = x.inl.Line()
		}
		return x.line
	}
	if x.live != nil && x.live.serial == x.serial {
		x.line = x.live.Line()
	}
	return x.line
}

// frameRepr is CPython's repr of a frame object.
func (t *Thread) frameRepr(x *FrameObject) string {
	return "<frame at " + t.addr(x) + ", file " + quoteStr(x.code.Filename) + ", line " + itoa(x.lineNow()) + ", code " + x.code.Name + ">"
}
