package py

// NewExceptionType makes an exception class for a host module (for
// example concurrent.futures' CancelledError): instances are *Exception
// values, raised with NewException or Errorf.
func NewExceptionType(name, module string, base *Type) *Type {
	if base == nil {
		base = ExceptionType
	}
	t := mkType(name, base)
	t.Module = module
	return t
}

// GoProperty returns a read-only property computed by get, for NewType
// classes (a future's state, a thread's name).
func GoProperty(name string, get func(t *Thread, self Object) (Object, error)) *Property {
	return &Property{Get: NewBuiltin(name, func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "%s: expected the instance", name)
		}
		return get(t, args[0])
	})}
}
