package py

import (
	"strings"

	"github.com/futurescope/futurescope/python/compile"
)

// Call calls fn with positional arguments followed by keyword values named
// by kwnames. args is not retained.
func (t *Thread) Call(fn Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, args, kwnames)
	case *Builtin:
		if f.HostKeeps {
			t.Interp.keepAll(args)
		}
		if f.Self != nil {
			return f.method(t, f.Self, args, kwnames)
		}
		return f.Fn(t, args, kwnames)
	case *MethodDescr:
		if len(args)-len(kwnames) < 1 {
			return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
		}
		if f.Name != "__new__" && !args[0].Type().IsSubtype(f.Owner) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, args[0].Type().Name)
		}
		if f.Owner.HostKeeps {
			t.Interp.keepAll(args[1:])
		}
		return f.Fn(t, args[0], args[1:], kwnames)
	case *BoundMethod:
		all := make([]Object, len(args)+1)
		all[0] = f.Self
		copy(all[1:], args)
		return t.Call(f.Fn, all, kwnames)
	case *Type:
		return t.callType(f, args, kwnames)
	}
	call := fn.Type().Lookup("__call__")
	if call == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	return t.callDescr(call, fn, args, kwnames...)
}

// callDescr calls an attribute found on a type with self bound.
func (t *Thread) callDescr(attr Object, self Object, args []Object, kwnames ...string) (Object, error) {
	switch a := attr.(type) {
	case *Function, *MethodDescr:
		all := make([]Object, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return t.Call(a, all, kwnames)
	}
	b, err := t.bindDescr(attr, self)
	if err != nil {
		return nil, err
	}
	return t.Call(b, args, kwnames)
}

// CallMethod calls obj.name(*args).
func (t *Thread) CallMethod(obj Object, name string, args ...Object) (Object, error) {
	m, err := t.GetAttrString(obj, name)
	if err != nil {
		return nil, err
	}
	return t.Call(m, args, nil)
}

func (t *Thread) enter() error {
	t.depth++
	if t.depth > t.Interp.RecursionLimit {
		t.depth--
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

func (t *Thread) callFunction(fn *Function, args []Object, kwnames []string) (Object, error) {
	code := fn.Code
	gen := code.Flags&compile.FlagGenerator != 0
	if err := t.enter(); err != nil {
		return nil, err
	}
	f := t.newFrame(code, fn, fn.Globals, gen)
	if len(kwnames) == 0 && len(args) == code.ArgCount && code.Flags&(compile.FlagVarargs|compile.FlagVarkw) == 0 && code.KwOnlyCount == 0 {
		copy(f.fast, args)
	} else if err := t.bindArgs(fn, f.fast, args, kwnames); err != nil {
		t.depth--
		return nil, err
	}
	if f.cells != nil {
		f.initCells()
	}
	if gen {
		t.depth--
		return newGenerator(f, fn), nil
	}
	// A copy in the frame's own buffer: storing args itself would make every caller's slice escape.
	f.argsBuf = append(f.argsBuf[:0], args...)
	f.args = f.argsBuf
	r, err := t.eval(f, nil)
	t.depth--
	return r, err
}

// bindArgs assigns call arguments to parameter slots, with CPython's errors.
func (t *Thread) bindArgs(fn *Function, fast []Object, args []Object, kwnames []string) error {
	code := fn.Code
	npos := len(args) - len(kwnames)
	nargs := code.ArgCount
	total := nargs + code.KwOnlyCount
	var varargsSlot, varkwSlot = -1, -1
	next := total
	if code.Flags&compile.FlagVarargs != 0 {
		varargsSlot = next
		next++
	}
	if code.Flags&compile.FlagVarkw != 0 {
		varkwSlot = next
	}
	name := fn.QualName
	n := min(npos, nargs)
	copy(fast, args[:n])
	if varargsSlot >= 0 {
		if npos > nargs {
			fast[varargsSlot] = NewTuple(append([]Object(nil), args[nargs:npos]...))
		} else {
			fast[varargsSlot] = emptyTuple
		}
	} else if npos > nargs {
		return tooManyPositional(fn, npos, kwnames, args[npos:])
	}
	var kwd *Dict
	if varkwSlot >= 0 {
		kwd = NewDict()
		fast[varkwSlot] = kwd
	}
	var posOnlyAsKw []string
	for i, k := range kwnames {
		v := args[npos+i]
		j := -1
		for p := code.PosOnlyCount; p < total; p++ {
			if code.Varnames[p] == k {
				j = p
				break
			}
		}
		if j < 0 {
			isPosOnly := false
			for p := 0; p < code.PosOnlyCount; p++ {
				if code.Varnames[p] == k {
					isPosOnly = true
				}
			}
			if kwd != nil {
				kwd.SetStr(k, v)
				continue
			}
			if isPosOnly {
				posOnlyAsKw = append(posOnlyAsKw, k)
				continue
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if fast[j] != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", name, k)
		}
		fast[j] = v
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults.
	nd := len(fn.Defaults)
	var missing []string
	for i := 0; i < nargs; i++ {
		if fast[i] == nil {
			if i >= nargs-nd {
				fast[i] = fn.Defaults[i-(nargs-nd)]
			} else {
				missing = append(missing, code.Varnames[i])
			}
		}
	}
	if len(missing) > 0 {
		return missingArgs(name, "positional", missing)
	}
	for i := nargs; i < total; i++ {
		if fast[i] == nil {
			if fn.KwDefaults != nil {
				if v, ok := fn.KwDefaults.GetStr(code.Varnames[i]); ok {
					fast[i] = v
					continue
				}
			}
			missing = append(missing, code.Varnames[i])
		}
	}
	if len(missing) > 0 {
		return missingArgs(name, "keyword-only", missing)
	}
	return nil
}

func missingArgs(name, kind string, missing []string) error {
	q := make([]string, len(missing))
	for i, m := range missing {
		q[i] = "'" + m + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	s := ""
	if len(q) > 1 {
		s = "s"
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(q), kind, s, list)
}

func tooManyPositional(fn *Function, given int, kwnames []string, kwvals []Object) error {
	code := fn.Code
	nargs := code.ArgCount
	nd := len(fn.Defaults)
	var takes string
	plural := "s"
	if nd > 0 {
		takes = itoa(nargs-nd) + " to " + itoa(nargs)
	} else {
		takes = itoa(nargs)
		if nargs == 1 {
			plural = ""
		}
	}
	kwonly := 0
	for _, k := range kwnames {
		for p := nargs; p < nargs+code.KwOnlyCount; p++ {
			if code.Varnames[p] == k {
				kwonly++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonly > 0 {
		ks := "s"
		if kwonly == 1 {
			ks = ""
		}
		return Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.QualName, takes, plural, given, pluralS(given), kwonly, ks)
	}
	if nd > 0 {
		return Errorf(TypeErrorType, "%s() takes from %s positional arguments but %d %s given", fn.QualName, takes, given, was)
	}
	return Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d %s given", fn.QualName, takes, plural, given, was)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string { return intRepr(Int(n)) }

// funcDescr names a callable in call errors ("f()", "C.m()").
func funcDescr(fn Object) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.Module.(*Str); ok && m.S != "builtins" {
			return m.S + "." + f.QualName + "()"
		}
		return f.QualName + "()"
	case *Builtin:
		return f.Name + "()"
	case *BoundMethod:
		return funcDescr(f.Fn)
	case *Type:
		return f.Name + "()"
	}
	return fn.Type().Name + " object"
}

// CallSafe is Call for hosts: a Go runtime error inside the interpreter (a bug) returns as an
// *InternalError instead of crashing the host; other panics pass through.
func (t *Thread) CallSafe(fn Object, args []Object, kwnames []string) (r Object, err error) {
	depth, frame, exc := t.depth, t.frame, t.exc
	defer func() {
		if p := recover(); p != nil {
			ie := internalError(p)
			t.depth, t.frame, t.exc = depth, frame, exc
			r, err = nil, ie
		}
	}()
	return t.Call(fn, args, kwnames)
}
