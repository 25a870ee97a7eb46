package py

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Type { return ListIterType }

type tupleIter struct {
	v []Object
	i int
}

func (*tupleIter) Type() *Type { return TupleIterType }

type rangeIter struct {
	cur, step, n int64
}

func (*rangeIter) Type() *Type { return RangeIterType }

type strIter struct {
	s *Str
	i int // byte offset
}

func (*strIter) Type() *Type { return StrIterType }

// seqIter iterates an object with __getitem__ until IndexError.
type seqIter struct {
	o Object
	i int64
}

func (*seqIter) Type() *Type { return SeqIterType }

// GoIter is an iterator implemented in Go: NextT (or Next) returns nil when exhausted.
// Library code returns one from functions such as map or zip.
type GoIter struct {
	T *Type
	// NextT returns the next item, run by the thread t that asks for it (not necessarily the one
	// that made the iterator: an iterator can pass to another thread), so that Python code it runs
	// and work it charges belong to the calling thread.
	NextT func(t *Thread) (Object, error)
	// Next is the older form of NextT, without the calling thread; used when NextT is nil.
	// Deprecated: set NextT.
	Next func() (Object, error)
	// Hint, if set, answers __length_hint__: how many items are left.
	Hint func() int
	// Refs, if set, visits the objects the iterator references and reports whether it could (see
	// Traverser); an iterator without it keeps every generator it can reach from being finalized.
	Refs func(visit func(Object)) bool
	// fin is run when the dropped iterator is proved unreachable (SetFinalizer).
	fin func(t *Thread) error
}

// Type returns the iterator's type.
func (g *GoIter) Type() *Type { return g.T }

// Iter returns iter(o).
func (t *Thread) Iter(o Object) (Object, error) {
	if m := subDunder(o, "__iter__"); m != nil {
		return t.callDescr(m, o, nil)
	}
	switch x := o.(type) {
	case *List:
		return &listIter{l: x}, nil
	case *Tuple:
		return &tupleIter{v: x.V}, nil
	case *Range:
		return &rangeIter{cur: x.Start, step: x.Step, n: x.Len()}, nil
	case *Str:
		return &strIter{s: x}, nil
	case *Dict:
		return &dictIter{d: x, size: x.used, kind: 'k'}, nil
	case *MappingProxy:
		return &dictIter{d: x.D, size: x.D.used, kind: 'k'}, nil
	case *bigRange:
		return t.bigRangeIter(x), nil
	case *DictView:
		return &dictIter{d: x.D, size: x.D.used, kind: x.Kind}, nil
	case *Set:
		return &setIter{s: x, size: x.used}, nil
	case *Generator, *listIter, *tupleIter, *rangeIter, *strIter, *dictIter, *setIter, *GoIter, *seqIter:
		return o, nil
	case *Bytes:
		items := make([]Object, len(x.S))
		for i := 0; i < len(x.S); i++ {
			items[i] = MakeInt(int64(x.S[i]))
		}
		return &tupleIter{v: items}, nil
	}
	typ := o.Type()
	if m := typ.Lookup("__iter__"); m != nil && m != None {
		r, err := t.callDescr(m, o, nil)
		if err != nil {
			return nil, err
		}
		if r.Type().Lookup("__next__") == nil && !isGoIter(r) {
			return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		return r, nil
	}
	if m := typ.Lookup("__getitem__"); m != nil {
		return &seqIter{o: o}, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
}

func isGoIter(o Object) bool {
	switch o.(type) {
	case *Generator, *listIter, *tupleIter, *rangeIter, *strIter, *dictIter, *setIter, *GoIter, *seqIter:
		return true
	}
	return false
}

func (t *Thread) isIterable(o Object) bool {
	switch o.(type) {
	case *List, *Tuple, *Range, *Str, *Dict, *DictView, *Set, *Bytes:
		return true
	}
	return isGoIter(o) || o.Type().Lookup("__iter__") != nil || o.Type().Lookup("__getitem__") != nil
}

// Next advances an iterator: it returns nil (and no error) when exhausted.
func (t *Thread) Next(it Object) (Object, error) {
	switch x := it.(type) {
	case *listIter:
		if x.i < len(x.l.V) {
			x.i++
			return x.l.V[x.i-1], nil
		}
		x.i = 1 << 62
		return nil, nil
	case *tupleIter:
		if x.i < len(x.v) {
			x.i++
			return x.v[x.i-1], nil
		}
		return nil, nil
	case *rangeIter:
		if x.n > 0 {
			v := x.cur
			x.cur += x.step
			x.n--
			return MakeInt(v), nil
		}
		return nil, nil
	case *strIter:
		if x.i >= len(x.s.S) {
			return nil, nil
		}
		if c := x.s.S[x.i]; c < 0x80 {
			x.i++
			return charStrs[c], nil
		}
		j := x.i + 1
		for j < len(x.s.S) && x.s.S[j]&0xc0 == 0x80 {
			j++
		}
		r := NewStr(x.s.S[x.i:j])
		x.i = j
		return r, nil
	case *dictIter:
		return x.next()
	case *setIter:
		return x.next()
	case *GoIter:
		if x.NextT != nil {
			return x.NextT(t)
		}
		return x.Next()
	case *Generator:
		v, done, err := t.resume(x, None, nil)
		if done {
			return nil, err
		}
		return v, err
	case *seqIter:
		if x.o == nil {
			return nil, nil
		}
		v, err := t.GetItem(x.o, MakeInt(x.i))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.Matches(IndexErrorType) || e.Matches(StopIterationType)) {
				x.o = nil
				return nil, nil
			}
			return nil, err
		}
		x.i++
		return v, nil
	}
	m := it.Type().Lookup("__next__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
	}
	v, err := t.callDescr(m, it, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// iterToSlice collects the items of an iterable.
func (t *Thread) iterToSlice(o Object) ([]Object, error) {
	switch x := o.(type) {
	case *List:
		return append([]Object(nil), x.V...), t.chargeItems(len(x.V))
	case *Tuple:
		return x.V, t.chargeItems(len(x.V))
	case *Range:
		if x.Len() > MaxContainerLen {
			return nil, Errorf(MemoryErrorType, "too many items")
		}
	case *bigRange:
		// CPython asks the length first: too long for Py_ssize_t, or for memory.
		if n := x.length(); !n.IsInt64() {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		} else if n.Int64() > MaxContainerLen {
			return nil, Errorf(MemoryErrorType, "too many items")
		}
	}
	it, err := t.Iter(o)
	if err != nil {
		return nil, err
	}
	var out []Object
	// The iterator and the items so far, which the proofs of finalize.go must see.
	mark := t.Hold([]Object{it})
	defer t.Unhold(mark)
	t.Hold(nil)
	for {
		if err := t.tick(); err != nil {
			return nil, err
		}
		v, err := t.Next(it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return out, nil
		}
		if len(out) >= MaxContainerLen {
			return nil, Errorf(MemoryErrorType, "too many items")
		}
		out = append(out, v)
		t.held[mark+1] = out
	}
}

// Iterate calls fn for each item of o; fn returning false stops early.
func (t *Thread) Iterate(o Object, fn func(Object) (bool, error)) error {
	it, err := t.Iter(o)
	if err != nil {
		return err
	}
	return t.iterateIter(it, fn)
}

// iterateIter is Iterate over an iterator already made.
func (t *Thread) iterateIter(it Object, fn func(Object) (bool, error)) error {
	for {
		if err := t.tick(); err != nil {
			return err
		}
		v, err := t.Next(it)
		if err != nil || v == nil {
			return err
		}
		more, err := fn(v)
		if err != nil || !more {
			return err
		}
	}
}

// unpack splits o into before items, a starred list (after >= 0), and after items.
func (t *Thread) unpack(o Object, before, after int) ([]Object, error) {
	var items []Object
	switch x := o.(type) {
	case *Tuple:
		items = x.V
	case *List:
		items = x.V
	default:
		it, err := t.Iter(o)
		if err != nil {
			if !t.isIterable(o) {
				return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", o.Type().Name)
			}
			return nil, err
		}
		for {
			v, err := t.Next(it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			items = append(items, v)
			if after < 0 && len(items) > before {
				return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
			}
		}
	}
	if after < 0 {
		if len(items) < before {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		if len(items) > before {
			return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		return items, nil
	}
	if len(items) < before+after {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Object, 0, before+after+1)
	out = append(out, items[:before]...)
	out = append(out, NewList(append([]Object(nil), items[before:len(items)-after]...)))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}
