package py

import (
	"math"
	"math/bits"
)

// The built-in functions that consume an iterable: sum, min, max, sorted, any, all.
func init() {
	RegisterBuiltins(map[string]BuiltinFunc{
		"sum":    builtinSum,
		"min":    func(t *Thread, a []Object, kw []string) (Object, error) { return t.minMax("min", cmpLt, a, kw) },
		"max":    func(t *Thread, a []Object, kw []string) (Object, error) { return t.minMax("max", cmpGt, a, kw) },
		"sorted": builtinSorted,
		"any":    func(t *Thread, a []Object, kw []string) (Object, error) { return t.anyAll("any", true, a, kw) },
		"all":    func(t *Thread, a []Object, kw []string) (Object, error) { return t.anyAll("all", false, a, kw) },
	})
}

// Rich comparison operators, as richCompare numbers them.
const (
	cmpEq = iota
	cmpNe
	cmpLt
	cmpLe
	cmpGt
	cmpGe
)

func builtinSum(t *Thread, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos > 2 {
		return nil, Errorf(TypeErrorType, "sum() takes at most 2 arguments (%d given)", npos)
	}
	if npos == 0 {
		return nil, Errorf(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	a, err := clinicArgs("sum", args, kwnames, []string{"iterable", "start"}, 1)
	if err != nil {
		return nil, err
	}
	result := a[1]
	if result == nil {
		result = MakeInt(0)
	}
	switch result.(type) {
	case *Str:
		return nil, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case *Bytes:
		return nil, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if result.Type() == ByteArrayType {
		return nil, Errorf(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	it, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	return t.sumFrom(it, result)
}

// sumFrom adds the items of it to result as CPython's sum does: exact ints in int64 while they fit,
// then floats with Neumaier's compensated summation, then the + operator.
func (t *Thread) sumFrom(it Object, result Object) (Object, error) {
	if acc, ok := result.(Int); ok {
		i := int64(acc)
		for {
			if err := t.tick(); err != nil {
				return nil, err
			}
			item, err := t.Next(it)
			if err != nil {
				return nil, err
			}
			if item == nil {
				return MakeInt(i), nil
			}
			if b, ok := asInt64(item); ok {
				if s, carry := addInt64(i, b); !carry {
					i = s
					continue
				}
			}
			if result, err = t.binaryOp(opAdd, MakeInt(i), item, false); err != nil {
				return nil, err
			}
			break
		}
	}
	if f, ok := result.(Float); ok {
		return t.sumFloats(it, float64(f))
	}
	return t.sumGeneric(it, result)
}

// addInt64 adds without wrapping, reporting overflow.
func addInt64(a, b int64) (int64, bool) {
	s, _ := bits.Add64(uint64(a), uint64(b), 0)
	r := int64(s)
	return r, (a >= 0) == (b >= 0) && (r >= 0) != (a >= 0)
}

// sumFloats continues a sum whose running result is the float f.
func (t *Thread) sumFloats(it Object, f float64) (Object, error) {
	c := 0.0
	for {
		if err := t.tick(); err != nil {
			return nil, err
		}
		item, err := t.Next(it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
				f += c
			}
			return Float(f), nil
		}
		if x, ok := item.(Float); ok {
			x := float64(x)
			s := f + x
			if math.Abs(f) >= math.Abs(x) {
				c += (f - s) + x
			} else {
				c += (x - s) + f
			}
			f = s
			continue
		}
		if v, ok := asInt64(item); ok {
			f += float64(v)
			continue
		}
		if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
			f += c
		}
		result, err := t.binaryOp(opAdd, Float(f), item, false)
		if err != nil {
			return nil, err
		}
		return t.sumGeneric(it, result)
	}
}

// sumGeneric adds the remaining items of it to result with the + operator.
func (t *Thread) sumGeneric(it Object, result Object) (Object, error) {
	for {
		if err := t.tick(); err != nil {
			return nil, err
		}
		item, err := t.Next(it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return result, nil
		}
		if result, err = t.binaryOp(opAdd, result, item, false); err != nil {
			return nil, err
		}
	}
}

// minMax implements min (op cmpLt) and max (op cmpGt).
func (t *Thread) minMax(name string, op int, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	var key, dflt Object
	for i, k := range kwnames {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if key == None {
		key = nil
	}
	var items Object
	switch {
	case npos == 0:
		return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	case npos == 1:
		items = args[0]
	case dflt != nil:
		return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	default:
		items = NewTuple(args[:npos])
	}
	var best, bestKey Object
	// What it holds while a key function or a comparison of Python runs.
	it, err := t.Iter(items)
	if err != nil {
		return nil, err
	}
	held := []Object{it, nil, nil}
	defer t.Unhold(t.Hold(held))
	err = t.iterateIter(it, func(item Object) (bool, error) {
		k := item
		if key != nil {
			var err error
			if k, err = t.Call(key, []Object{item}, nil); err != nil {
				return false, err
			}
		}
		if best == nil {
			best, bestKey = item, k
			held[1], held[2] = best, bestKey
			return true, nil
		}
		r, err := t.richCompare(op, k, bestKey)
		if err != nil {
			return false, err
		}
		better, err := t.Truth(r)
		if better {
			best, bestKey = item, k
			held[1], held[2] = best, bestKey
		}
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if dflt != nil {
			return dflt, nil
		}
		return nil, Errorf(ValueErrorType, "%s() iterable argument is empty", name)
	}
	return best, nil
}

func builtinSorted(t *Thread, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	items, err := t.iterToSlice(args[0])
	if err != nil {
		return nil, err
	}
	l := NewList(append([]Object(nil), items...))
	defer t.Unhold(t.Hold([]Object{l}))
	if _, err := listSort(t, l, args[1:], kwnames); err != nil {
		return nil, err
	}
	return l, nil
}

// anyAll implements any (want true) and all (want false): the first item whose truth is want decides.
func (t *Thread) anyAll(name string, want bool, args []Object, kwnames []string) (Object, error) {
	x, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	found := false
	err = t.Iterate(x, func(item Object) (bool, error) {
		b, err := t.Truth(item)
		if err != nil {
			return false, err
		}
		if b == want {
			found = true
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return NewBool(found == want), nil
}
