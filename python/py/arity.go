package py

// Argument-count checks for methods of built-in types, worded as CPython's
// METH_NOARGS, METH_O and METH_VARARGS methods word them.

// methNoArgs wraps a method that takes no arguments ("list.copy() takes no
// arguments (1 given)").
func methNoArgs(qual string, fn MethodFunc) MethodFunc {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		if len(args) != 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
		}
		return fn(t, self, args, kw)
	}
}

// methOneArg wraps a method that takes exactly one positional argument.
func methOneArg(qual string, fn MethodFunc) MethodFunc {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args))
		}
		return fn(t, self, args, kw)
	}
}

// methArgRange wraps a method taking min to max positional arguments ("pop
// expected at most 1 argument, got 2").
func methArgRange(name string, lo, hi int, fn MethodFunc) MethodFunc {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		n := len(args) - len(kw)
		switch {
		case lo == hi && n != lo:
			return nil, Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, lo, pluralS(lo), n)
		case n < lo:
			return nil, Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, lo, pluralS(lo), n)
		case n > hi:
			return nil, Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, pluralS(hi), n)
		}
		return fn(t, self, args, kw)
	}
}
