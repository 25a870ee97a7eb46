package py

// The methods of list and tuple that the core leaves to the library: index, count, remove, reverse
// and sort (stable, with key and reverse, comparing with < only, as CPython's).
func init() {
	registerLib(ListType, map[string]MethodFunc{
		"index": func(t *Thread, self Object, a []Object, kw []string) (Object, error) {
			return seqIndexOf(t, "list", self, a, kw)
		},
		"count": func(t *Thread, self Object, a []Object, kw []string) (Object, error) {
			return seqCount(t, "list", self, a, kw)
		},
		"remove":  listRemove,
		"reverse": listReverse,
		"sort":    listSort,
	})
	registerLib(TupleType, map[string]MethodFunc{
		"index": func(t *Thread, self Object, a []Object, kw []string) (Object, error) {
			return seqIndexOf(t, "tuple", self, a, kw)
		},
		"count": func(t *Thread, self Object, a []Object, kw []string) (Object, error) {
			return seqCount(t, "tuple", self, a, kw)
		},
	})
}

// seqItems returns the items of a list or tuple receiver.
func seqItems(kind, method string, self Object) ([]Object, error) {
	switch s := self.(type) {
	case *List:
		if kind == "list" {
			return s.V, nil
		}
	case *Tuple:
		if kind == "tuple" {
			return s.V, nil
		}
	}
	return nil, descrError(method, kind, self)
}

// descrError is CPython's error for a method of one type called on another.
func descrError(method, kind string, self Object) error {
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
		method, kind, self.Type().Name)
}

// seqIndexOf implements list.index and tuple.index (value, start, stop).
func seqIndexOf(t *Thread, kind string, self Object, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("index", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "index expected at least 1 argument, got %d", len(args))
	}
	items, err := seqItems(kind, "index", self)
	if err != nil {
		return nil, err
	}
	start, stop := 0, len(items)
	if len(args) > 1 {
		if start, err = t.clampedIndex(args[1], len(items)); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = t.clampedIndex(args[2], len(items)); err != nil {
			return nil, err
		}
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, err := t.Equal(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(int64(i)), t.chargeItems(i - start)
		}
	}
	if err := t.chargeItems(stop - start); err != nil {
		return nil, err
	}
	if kind == "tuple" {
		return nil, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	}
	r, err := t.Repr(args[0])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueErrorType, "%s is not in list", r)
}

// clampedIndex converts a start or stop argument to a position in 0..n, counting negatives from the end.
func (t *Thread) clampedIndex(o Object, n int) (int, error) {
	v, err := t.index(o)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		return 0, err
	}
	i, ok := asInt64(v)
	if !ok {
		if toBig(v).Sign() < 0 {
			return 0, nil
		}
		return n, nil
	}
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	return int(min(i, int64(n))), nil
}

// seqCount implements list.count and tuple.count.
func seqCount(t *Thread, kind string, self Object, args []Object, kwnames []string) (Object, error) {
	x, err := oneArg("count", args, kwnames)
	if err != nil {
		return nil, Errorf(TypeErrorType, "%s.count() takes exactly one argument (%d given)", kind, len(args))
	}
	items, err := seqItems(kind, "count", self)
	if err != nil {
		return nil, err
	}
	n := 0
	for i := 0; i < len(items); i++ {
		eq, err := t.Equal(items[i], x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), t.chargeItems(len(items))
}

func listRemove(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "list.remove() takes exactly one argument (%d given)", len(args))
	}
	l, ok := self.(*List)
	if !ok {
		return nil, descrError("remove", "list", self)
	}
	for i := 0; i < len(l.V); i++ {
		eq, err := t.Equal(l.V[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			copy(l.V[i:], l.V[i+1:])
			l.V[len(l.V)-1] = nil
			l.V = l.V[:len(l.V)-1]
			return None, t.chargeItems(len(l.V))
		}
	}
	if err := t.chargeItems(len(l.V)); err != nil {
		return nil, err
	}
	return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
}

func listReverse(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	if len(args) > 0 {
		return nil, Errorf(TypeErrorType, "list.reverse() takes no arguments (%d given)", len(args))
	}
	l, ok := self.(*List)
	if !ok {
		return nil, descrError("reverse", "list", self)
	}
	reverseObjects(l.V)
	return None, nil
}

func reverseObjects(v []Object) {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}
