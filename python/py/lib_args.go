package py

// clinicArgs matches a library built-in's arguments to its parameter names as CPython's Argument
// Clinic does, with its wording ("round() missing required argument 'number' (pos 1)", "split()
// takes at most 2 arguments (3 given)"); it returns one value per name, nil when absent.
func clinicArgs(fn string, args []Object, kwnames []string, names []string, min int) ([]Object, error) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		return nil, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fn, len(names), pluralS(len(names)), npos)
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
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	return out, nil
}
