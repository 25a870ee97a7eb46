package py

// The attributes and methods of range (start, stop, step, index, count) and slice (start, stop,
// step, indices).
func init() {
	setProperties(RangeType, map[string]func(Object) Object{
		"start": func(o Object) Object { return MakeInt(o.(*Range).Start) },
		"stop":  func(o Object) Object { return MakeInt(o.(*Range).Stop) },
		"step":  func(o Object) Object { return MakeInt(o.(*Range).Step) },
	})
	registerLib(RangeType, map[string]MethodFunc{"index": rangeIndex, "count": rangeCount})
	setProperties(SliceType, map[string]func(Object) Object{
		"start": func(o Object) Object { return o.(*Slice).Start },
		"stop":  func(o Object) Object { return o.(*Slice).Stop },
		"step":  func(o Object) Object { return o.(*Slice).Step },
	})
	registerLib(SliceType, map[string]MethodFunc{"indices": sliceIndices})
}

// rangePos returns the position of the int x in r, or -1.
func rangePos(r *Range, x Object) int64 {
	v, ok := asInt64(x)
	if !ok {
		return -1
	}
	if r.Step > 0 && (v < r.Start || v >= r.Stop) || r.Step < 0 && (v > r.Start || v <= r.Stop) {
		return -1
	}
	if (v-r.Start)%r.Step != 0 {
		return -1
	}
	return (v - r.Start) / r.Step
}

// rangeFind finds x in r: by arithmetic for ints, else by comparing each item as CPython does.
func (t *Thread) rangeFind(r *Range, x Object) (int64, error) {
	if isIntLike(x) {
		return rangePos(r, x), nil
	}
	n := r.Len()
	for i := int64(0); i < n; i++ {
		eq, err := t.Equal(MakeInt(r.Start+i*r.Step), x)
		if err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

func rangeIndex(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	r, ok := self.(*Range)
	if !ok {
		return nil, descrError("index", "range", self)
	}
	x, err := oneArg("index", args, kwnames)
	if err != nil {
		return nil, Errorf(TypeErrorType, "range.index() takes exactly one argument (%d given)", len(args))
	}
	i, err := t.rangeFind(r, x)
	if err != nil {
		return nil, err
	}
	if i < 0 && !isIntLike(x) {
		return nil, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
	}
	if i < 0 {
		s, err := t.Repr(x)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in range", s)
	}
	return MakeInt(i), nil
}

func rangeCount(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	r, ok := self.(*Range)
	if !ok {
		return nil, descrError("count", "range", self)
	}
	x, err := oneArg("count", args, kwnames)
	if err != nil {
		return nil, Errorf(TypeErrorType, "range.count() takes exactly one argument (%d given)", len(args))
	}
	if isIntLike(x) {
		if rangePos(r, x) >= 0 {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	n, total := r.Len(), int64(0)
	for i := int64(0); i < n; i++ {
		eq, err := t.Equal(MakeInt(r.Start+i*r.Step), x)
		if err != nil {
			return nil, err
		}
		if eq {
			total++
		}
	}
	return MakeInt(total), nil
}

func sliceIndices(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, ok := self.(*Slice)
	if !ok {
		return nil, descrError("indices", "slice", self)
	}
	x, err := oneArg("indices", args, kwnames)
	if err != nil {
		return nil, Errorf(TypeErrorType, "slice.indices() takes exactly one argument (%d given)", len(args))
	}
	n, err := t.ToInt64(x)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, Errorf(ValueErrorType, "length should not be negative")
	}
	start, stop, step, _, err := s.Indices(int(min(n, MaxContainerLen*64)))
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}), nil
}
