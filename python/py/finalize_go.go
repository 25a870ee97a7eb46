package py

import op "github.com/futurescope/futurescope/python/compile"

// Go code between Python frames. A frame below the top of a thread's stack waits for the call,
// iteration or unpacking it is executing; when Go code stands between it and the frame above (list()
// consuming a generator, sorted() calling its key, a, b = gen()), that Go code may hold objects in
// Go variables that no root shows: the items collected so far. A proof made then fails (the dropped
// generator is kept), unless the Go code is known to hold nothing but what the waiting frame's stack
// shows: a Python function, next(), a generator's methods, the host's functions (which keep what
// they hold, Type.HostKeeps), a class whose construction is Python code.

// goHolds reports whether f, waiting while a frame above it runs, may be inside Go code that holds
// objects out of sight.
func goHolds(f *Frame) bool {
	if f.lasti < 0 || f.lasti >= len(f.code.Code) {
		return false
	}
	in := f.code.Code[f.lasti]
	n, sp := in.Arg(), f.sp
	switch in.Op() {
	case op.UNPACK_SEQUENCE, op.UNPACK_EX, op.LIST_EXTEND, op.SET_UPDATE, op.DICT_UPDATE, op.DICT_MERGE:
		return true
	case op.CALL, op.CALL_KW:
		return opaqueAt(f, sp-n-1)
	case op.CALL_METHOD, op.CALL_METHOD_KW:
		return opaqueAt(f, sp-n-2)
	case op.CALL_EX:
		return opaqueAt(f, sp-1)
	case op.FOR_ITER:
		if sp < 1 || sp > len(f.stack) {
			return true
		}
		if g, ok := f.stack[sp-1].(*GoIter); ok {
			return g.Refs == nil && (g.T == nil || !g.T.hostKeeps())
		}
	}
	return false
}

// opaqueAt reports whether the callable at f.stack[i] may hold objects out of sight while it runs
// Python code.
func opaqueAt(f *Frame, i int) bool {
	if i < 0 || i >= len(f.stack) {
		return true
	}
	return opaqueCallable(f.stack[i])
}

// transparentBuiltins are the built-in functions that hold only their arguments, and what they
// Hold, while they run Python code (a __repr__, a generator's body, a key function).
var transparentBuiltins = map[string]bool{
	"next": true, "iter": true, "len": true, "print": true, "repr": true, "ascii": true, "format": true,
	"isinstance": true, "issubclass": true, "hasattr": true, "getattr": true, "setattr": true,
	"delattr": true, "hash": true, "callable": true, "any": true, "all": true, "abs": true,
	"round": true, "divmod": true, "pow": true,
	// These Hold what they collect (Thread.Hold).
	"sorted": true, "min": true, "max": true,
}

func opaqueCallable(c Object) bool {
	switch x := c.(type) {
	case *Function:
		return false
	case *BoundMethod:
		return opaqueCallable(x.Fn)
	case *Builtin:
		if x.HostKeeps || x.Transparent || x.owner == GeneratorType || (x.owner != nil && x.owner.Transparent) {
			return false
		}
		return x.Self != nil || (x.Module != "" && x.Module != "builtins") || !transparentBuiltins[x.Name]
	case *MethodDescr:
		return !(x.Owner == GeneratorType || (x.Owner != nil && (x.Owner.HostKeeps || x.Owner.Transparent)))
	case *Type:
		for _, t := range x.MRO {
			if t.builtin && t != ObjectType && !t.IsSubtype(BaseExceptionType) && !t.HostKeeps && !t.Transparent &&
				t != ListType && t != TupleType { // list(gen) and tuple(gen) Hold the items so far (iterToSlice)
				return true // a built-in class's Go constructor (list(gen))
			}
		}
		return false
	case nil:
		return true
	}
	// An instance's __call__ is Python code, or a Go one of a class the host made.
	switch call := c.Type().Lookup("__call__").(type) {
	case *Function:
		return false
	case *MethodDescr:
		if call.Owner.Transparent {
			return false // a Go __call__ that says what it holds (functools.partial)
		}
	}
	return !c.Type().hostKeeps()
}
