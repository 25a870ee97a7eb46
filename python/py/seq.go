package py

// Tuple is a Python tuple.
type Tuple struct {
	V   []Object
	sub *subclass
}

// List is a Python list.
type List struct {
	V []Object
	// iterating counts active sort calls (mutation during sort is an error).
	sorting bool
	sub     subclass
}

// subclass makes a built-in value an instance of a class a script derived
// from its type: the class, and the instance's own attributes.
type subclass struct {
	cls   *Type
	attrs *Dict
}

// Bytes is a Python bytes value.
type Bytes struct{ S string }

// Range is a Python range.
type Range struct{ Start, Stop, Step int64 }

// Slice is a Python slice object.
type Slice struct{ Start, Stop, Step Object }

// Type returns TupleType.
func (t *Tuple) Type() *Type {
	if t.sub != nil {
		return t.sub.cls
	}
	return TupleType
}

// Type returns ListType.
func (l *List) Type() *Type {
	if l.sub.cls != nil {
		return l.sub.cls
	}
	return ListType
}

// Type returns BytesType.
func (*Bytes) Type() *Type { return BytesType }

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

var emptyTuple = &Tuple{}

// NewTuple wraps items (not copied) as a tuple.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{V: items}
}

// NewList wraps items (not copied) as a list.
func NewList(items []Object) *List { return &List{V: items} }

// MaxContainerLen bounds the length of a list, tuple, dict or set a script
// builds (MemoryError beyond it).
const MaxContainerLen = 1 << 23

// Len returns the range's length.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start-r.Stop-1)/(-r.Step) + 1
}

// Indices resolves the slice against a sequence of length n as
// slice.indices does: start, stop, step and the resulting length.
func (s *Slice) Indices(n int) (start, stop, step, length int, err error) {
	step = 1
	if s.Step != None {
		st, err := indexValue(s.Step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if n, ok := asInt64(st); ok && n == 0 {
			return 0, 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		step = clampInt(st)
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	conv := func(o Object, def int) (int, error) {
		if o == None {
			return def, nil
		}
		v, err := indexValue(o)
		if err != nil {
			return 0, err
		}
		i := clampInt(v)
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step < 0 {
		start, err = conv(s.Start, upper)
		if err == nil {
			stop, err = conv(s.Stop, lower)
		}
	} else {
		start, err = conv(s.Start, lower)
		if err == nil {
			stop, err = conv(s.Stop, upper)
		}
	}
	if err != nil {
		return
	}
	if step < 0 {
		if stop < start {
			length = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		length = (stop-start-1)/step + 1
	}
	return
}

func clampInt(v Object) int {
	switch x := v.(type) {
	case Int:
		if x > 1<<62 {
			return 1 << 62
		}
		if x < -(1 << 62) {
			return -(1 << 62)
		}
		return int(x)
	case Bool:
		if x {
			return 1
		}
		return 0
	case *BigInt:
		if x.V.Sign() < 0 {
			return -(1 << 62)
		}
		return 1 << 62
	}
	return 0
}

// indexValue converts an object usable as an index (int, bool, __index__) to an int object.
func indexValue(o Object) (Object, error) {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return o, nil
	}
	return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// seqIndex normalizes index i for a sequence of length n; kind names the
// sequence in the IndexError ("list", "tuple", "string", "range object").
func seqIndex(i Object, n int, kind string) (int, error) {
	var v int64
	if s, ok := i.(*IntSub); ok {
		i = s.V
	}
	switch x := i.(type) {
	case Int:
		v = int64(x)
	case Bool:
		if x {
			v = 1
		}
	case *BigInt:
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	default:
		return 0, nil
	}
	if v < 0 {
		v += int64(n)
	}
	if v < 0 || v >= int64(n) {
		return 0, Errorf(IndexErrorType, "%s index out of range", kind)
	}
	return int(v), nil
}
