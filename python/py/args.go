package py

// UnpackArgs matches a built-in's arguments to its parameter names: it
// returns one value per name (nil when an optional one is absent). The first
// min names are required; keywords may name any parameter. fn names the
// function in errors ("print", "int").
func UnpackArgs(fn string, args []Object, kwnames []string, names []string, min int) ([]Object, error) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if len(names) == 1 && min == 1 {
			return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fn, npos)
		}
		if min == len(names) {
			return nil, Errorf(TypeErrorType, "%s expected %d arguments, got %d", fn, len(names), npos)
		}
		return nil, Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", fn, len(names), npos)
	}
	out := make([]Object, len(names))
	copy(out, args[:npos])
	for i, k := range kwnames {
		j := -1
		for p, n := range names {
			if n == k {
				j = p
			}
		}
		if j < 0 {
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn, k)
		}
		if out[j] != nil {
			return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fn, k, j+1)
		}
		out[j] = args[npos+i]
	}
	for i := 0; i < min; i++ {
		if out[i] == nil {
			if min == 1 && len(names) == 1 {
				return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (0 given)", fn)
			}
			return nil, Errorf(TypeErrorType, "%s expected %d argument%s, got %d", fn, min, pluralS(min), npos)
		}
	}
	return out, nil
}

// NoKwargs returns an error if a built-in that takes no keywords got some.
func NoKwargs(fn string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fn)
	}
	return nil
}

// ToInt64 converts an int-like object (or one with __index__) to int64.
func (t *Thread) ToInt64(o Object) (int64, error) {
	if v, ok := asInt64(o); ok {
		return v, nil
	}
	if _, ok := o.(*BigInt); ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if m := o.Type().Lookup("__index__"); m != nil {
		r, err := t.callDescr(m, o, nil)
		if err != nil {
			return 0, err
		}
		return t.ToInt64(r)
	}
	return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}
