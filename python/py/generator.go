package py

import (
	op "github.com/futurescope/futurescope/python/compile"
)

// Generator is a generator object: a suspended frame resumed by next(),
// send(), throw() and close().
type Generator struct {
	f        *Frame
	fn       *Function
	started  bool
	finished bool
	running  bool
	// watched: suspended where closing it runs code (finalize.go).
	watched bool
	exc     *Exception
}

// Type returns GeneratorType.
func (*Generator) Type() *Type { return GeneratorType }

func newGenerator(f *Frame, fn *Function) *Generator {
	g := &Generator{f: f, fn: fn}
	f.gen = g
	return g
}

// resume runs g until it yields (done false) or ends (done true: the return
// value, or the error it raised). throw, if set, is raised inside g.
func (t *Thread) resume(g *Generator, v Object, throw error) (Object, bool, error) {
	if g.running {
		return nil, true, Errorf(ValueErrorType, "generator already executing")
	}
	if g.finished {
		if throw != nil {
			return nil, true, throw
		}
		return nil, true, nil
	}
	f := g.f
	if throw == nil {
		if !g.started {
			if v != None {
				return nil, true, Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
			}
		} else {
			f.stack[f.sp] = v
			f.sp++
		}
	} else if g.started && f.pc < len(f.code.Code) && f.code.Code[f.pc].Op() == op.YIELD_FROM {
		// Delegate the exception to the sub-iterator of yield from.
		r, done, err, handled := t.throwToSub(g, throw)
		if handled {
			if err == nil && !done {
				return r, false, nil
			}
			if err == nil {
				f.stack[f.sp-1] = r
				f.pc++
				throw = nil
				g.started = true
				return t.runGen(g, nil)
			}
			throw = err
		}
	}
	g.started = true
	return t.runGen(g, throw)
}

func (t *Thread) runGen(g *Generator, throw error) (Object, bool, error) {
	if err := t.enter(); err != nil {
		return nil, true, err
	}
	if g.watched {
		t.Interp.watchGen(g, false)
	}
	g.running = true
	// A generator keeps its own handled exception across suspensions.
	outer := t.exc
	if g.exc != nil {
		t.exc = g.exc
	}
	r, err := t.eval(g.f, throw)
	if t.exc != outer {
		g.exc = t.exc
	} else {
		g.exc = nil
	}
	t.exc = outer
	g.running = false
	t.depth--
	if err != nil {
		g.finished = true
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			re := Errorf(RuntimeErrorType, "generator raised StopIteration")
			re.Cause = e
			re.Context = e
			re.SuppressContext = true
			return nil, true, re
		}
		return nil, true, err
	}
	if g.finished {
		return r, true, nil
	}
	t.Interp.watchGen(g, true)
	return r, false, nil
}

// throwToSub throws exc into the iterator a yield from delegates to.
func (t *Thread) throwToSub(g *Generator, exc error) (r Object, done bool, err error, handled bool) {
	sub := g.f.stack[g.f.sp-1]
	e, _ := exc.(*Exception)
	if sg, ok := sub.(*Generator); ok {
		if e != nil && e.Matches(GeneratorExitType) {
			if cerr := t.closeGen(sg); cerr != nil {
				return nil, true, cerr, true
			}
			return nil, true, exc, true
		}
		r, done, err := t.resume(sg, nil, exc)
		return r, done, err, true
	}
	if e != nil && e.Matches(GeneratorExitType) {
		if m, _ := t.HasAttr(sub, "close"); m {
			if _, cerr := t.CallMethod(sub, "close"); cerr != nil {
				return nil, true, cerr, true
			}
		}
		return nil, true, exc, true
	}
	if has, _ := t.HasAttr(sub, "throw"); has && e != nil {
		r, err := t.CallMethod(sub, "throw", e)
		if err != nil {
			if se, ok := err.(*Exception); ok && se.Matches(StopIterationType) {
				v, _ := t.specialAttr(se, "value")
				return v, true, nil, true
			}
			return nil, true, err, true
		}
		return r, false, nil, true
	}
	return nil, false, nil, false
}

// sendTo sends v into the iterator of a yield from; done reports that it is
// exhausted, with r its return value.
func (t *Thread) sendTo(it, v Object) (r Object, done bool, err error) {
	if g, ok := it.(*Generator); ok {
		r, done, err := t.resume(g, v, nil)
		if done && r == nil {
			r = None
		}
		return r, done, err
	}
	if v == None {
		m := it.Type().Lookup("__next__")
		if m == nil && !isGoIter(it) {
			return nil, true, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
		}
		if m != nil {
			r, err := t.callDescr(m, it, nil)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
					val, _ := t.specialAttr(e, "value")
					return val, true, nil
				}
				return nil, true, err
			}
			return r, false, nil
		}
		r, err := t.Next(it)
		if err != nil {
			return nil, true, err
		}
		if r == nil {
			return None, true, nil
		}
		return r, false, nil
	}
	r, err = t.CallMethod(it, "send", v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			val, _ := t.specialAttr(e, "value")
			return val, true, nil
		}
		return nil, true, err
	}
	return r, false, nil
}

// closeGen implements generator.close().
func (t *Thread) closeGen(g *Generator) error {
	if g.finished {
		return nil
	}
	if !g.started {
		g.finished = true
		return nil
	}
	_, done, err := t.resume(g, nil, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Matches(GeneratorExitType) || e.Matches(StopIterationType)) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	return nil
}

func stopIteration(v Object) error {
	if v == nil || v == None {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}

func init() {
	RegisterMethods(GeneratorType, map[string]MethodFunc{
		"__next__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			r, done, err := t.resume(self.(*Generator), None, nil)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"send": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args))
			}
			r, done, err := t.resume(self.(*Generator), args[0], nil)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"throw": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) < 1 {
				return nil, Errorf(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := t.makeException(args[0], false)
			if err != nil {
				return nil, err
			}
			if len(args) > 1 && args[1] != None {
				if typ, ok := args[0].(*Type); ok {
					r, err := t.Call(typ, []Object{args[1]}, nil)
					if err != nil {
						return nil, err
					}
					exc = r.(*Exception)
				}
			}
			r, done, err := t.resume(self.(*Generator), nil, exc)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"close": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return None, t.closeGen(self.(*Generator))
		},
		"__iter__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return self, nil
		},
	})
}
