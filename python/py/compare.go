package py

import (
	"math"
	"math/big"
	"strings"
)

var cmpDunder = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}
var cmpReflect = [...]int{0, 1, 4, 5, 2, 3}
var cmpSymbol = [...]string{"==", "!=", "<", "<=", ">", ">="}

// richCompare computes a op b for op in Eq..GtE.
func (t *Thread) richCompare(op int, a, b Object) (Object, error) {
	_, ai := a.(*Instance)
	_, bi := b.(*Instance)
	ai = ai || subOf(a) != nil || !a.Type().builtin
	bi = bi || subOf(b) != nil || !b.Type().builtin
	if !ai && !bi {
		r, err := t.builtinCompare(op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		r, err = t.builtinCompare(cmpReflect[op], b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return t.cmpFallback(op, a, b)
	}
	at, bt := a.Type(), b.Type()
	if at != bt && bt.IsSubtype(at) {
		if m := bt.Lookup(cmpDunder[cmpReflect[op]]); m != nil {
			if overrides(m) {
				r, err := t.callDescr(m, b, []Object{a})
				if err != nil || r != NotImplemented {
					return r, err
				}
			}
		}
	}
	if r, err := t.cmpSide(op, a, b); err != nil || r != NotImplemented {
		return r, err
	}
	if r, err := t.cmpSide(cmpReflect[op], b, a); err != nil || r != NotImplemented {
		return r, err
	}
	return t.cmpFallback(op, a, b)
}

func (t *Thread) cmpSide(op int, a, b Object) (Object, error) {
	if !hostObj(a) {
		if m := subDunder(a, cmpDunder[op]); m != nil {
			return t.callDescr(m, a, []Object{b})
		}
		return t.builtinCompare(op, a, b)
	}
	m := a.Type().Lookup(cmpDunder[op])
	if m != nil {
		if overrides(m) {
			return t.callDescr(m, a, []Object{b})
		}
	}
	if op == 1 {
		// Default __ne__ inverts __eq__.
		if eq := a.Type().Lookup("__eq__"); eq != nil {
			if overrides(eq) {
				r, err := t.callDescr(eq, a, []Object{b})
				if err != nil || r == NotImplemented {
					return r, err
				}
				v, err := t.Truth(r)
				return NewBool(!v), err
			}
		}
	}
	return NotImplemented, nil
}

func (t *Thread) cmpFallback(op int, a, b Object) (Object, error) {
	switch op {
	case 0:
		return NewBool(a == b), nil
	case 1:
		return NewBool(a != b), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbol[op], a.Type().Name, b.Type().Name)
}

func cmpResult(op int, c int) Object {
	switch op {
	case 0:
		return NewBool(c == 0)
	case 1:
		return NewBool(c != 0)
	case 2:
		return NewBool(c < 0)
	case 3:
		return NewBool(c <= 0)
	case 4:
		return NewBool(c > 0)
	}
	return NewBool(c >= 0)
}

func cmpFloat(op int, x, y float64) Object {
	switch op {
	case 0:
		return NewBool(x == y)
	case 1:
		return NewBool(x != y)
	case 2:
		return NewBool(x < y)
	case 3:
		return NewBool(x <= y)
	case 4:
		return NewBool(x > y)
	}
	return NewBool(x >= y)
}

// builtinCompare compares built-in values; NotImplemented if it cannot.
func (t *Thread) builtinCompare(op int, a, b Object) (Object, error) {
	a, b = unwrapFloat(a), unwrapFloat(b)
	if isIntLike(a) && isIntLike(b) {
		x, xok := asInt64(a)
		y, yok := asInt64(b)
		if xok && yok {
			return NewBool(intCompare(op, x, y)), nil
		}
		return cmpResult(op, toBig(a).Cmp(toBig(b))), nil
	}
	if isNumber(a) && isNumber(b) {
		fa, aIsF := a.(Float)
		fb, bIsF := b.(Float)
		if aIsF && bIsF {
			return cmpFloat(op, float64(fa), float64(fb)), nil
		}
		// Exact int/float comparison.
		var f float64
		var i Object
		swap := false
		if aIsF {
			f, i = float64(fa), b
		} else {
			f, i = float64(fb), a
			swap = true
		}
		if math.IsNaN(f) {
			return NewBool(op == 1), nil
		}
		if math.IsInf(f, 0) {
			c := 1
			if f < 0 {
				c = -1
			}
			if swap {
				c = -c
			}
			return cmpResult(op, c), nil
		}
		bf := new(big.Float).SetFloat64(f)
		bi := new(big.Float).SetInt(toBig(i))
		c := bf.Cmp(bi)
		if swap {
			c = -c
		}
		return cmpResult(op, c), nil
	}
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok {
			return cmpResult(op, strings.Compare(x.S, y.S)), nil
		}
	case *Bytes:
		if y, ok := bytesOf(b); ok {
			return cmpResult(op, strings.Compare(x.S, y)), nil
		}
	case *List:
		if y, ok := b.(*List); ok {
			return t.seqCompare(op, x.V, y.V)
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return t.seqCompare(op, x.V, y.V)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op <= 1 {
			eq, err := t.dictEqual(x, y)
			return NewBool(eq == (op == 0)), err
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return t.setCompare(op, x, y)
		}
	case *Range:
		if y, ok := b.(*Range); ok && op <= 1 {
			eq := x.Len() == y.Len() && (x.Len() == 0 || (x.Start == y.Start && (x.Len() == 1 || x.Step == y.Step)))
			return NewBool(eq == (op == 0)), nil
		}
	case *DictView:
		if op <= 1 && x.Kind != 'v' {
			switch y := b.(type) {
			case *DictView:
				if y.Kind != 'v' {
					sa, err := t.viewAsSet(x)
					if err != nil {
						return nil, err
					}
					sb, err := t.viewAsSet(y)
					if err != nil {
						return nil, err
					}
					return t.setCompare(op, sa, sb)
				}
			case *Set:
				sa, err := t.viewAsSet(x)
				if err != nil {
					return nil, err
				}
				return t.setCompare(op, sa, y)
			}
		}
	case *Complex:
		if y, ok := toComplex(b); ok && op <= 1 {
			return NewBool((x.V == y) == (op == 0)), nil
		}
	case *GenericAlias:
		if y, ok := b.(*GenericAlias); ok && op <= 1 {
			eq := x.Origin == y.Origin && len(x.Args) == len(y.Args)
			for i := 0; eq && i < len(x.Args); i++ {
				e, err := t.Equal(x.Args[i], y.Args[i])
				if err != nil {
					return nil, err
				}
				eq = e
			}
			return NewBool(eq == (op == 0)), nil
		}
	case *UnionType:
		if y, ok := b.(*UnionType); ok && op <= 1 {
			eq := len(x.Args) == len(y.Args)
			for _, a := range x.Args {
				found := false
				for _, c := range y.Args {
					found = found || a == c
				}
				eq = eq && found
			}
			return NewBool(eq == (op == 0)), nil
		}
	case *BoundMethod:
		if y, ok := b.(*BoundMethod); ok && op <= 1 {
			return NewBool((x.Fn == y.Fn && x.Self == y.Self) == (op == 0)), nil
		}
	case *Builtin:
		if y, ok := b.(*Builtin); ok && op <= 1 && x.Self != nil {
			return NewBool((x.Name == y.Name && x.Self == y.Self) == (op == 0)), nil
		}
	case *Exception:
		if op <= 1 {
			if m := x.typ.Lookup(cmpDunder[op]); m != nil {
				return t.callDescr(m, a, []Object{b})
			}
		}
	}
	return NotImplemented, nil
}

func (t *Thread) seqCompare(op int, x, y []Object) (Object, error) {
	if op <= 1 && len(x) != len(y) {
		return NewBool(op == 1), nil
	}
	if t.cdepth >= CRecursionLimit {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded in comparison")
	}
	t.cdepth++
	defer func() { t.cdepth-- }()
	for i := 0; i < len(x) && i < len(y); i++ {
		if isSame(x[i], y[i]) {
			continue
		}
		eq, err := t.Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			if err := t.chargeItems(i); err != nil {
				return nil, err
			}
			if op == 0 {
				return False, nil
			}
			if op == 1 {
				return True, nil
			}
			return t.richCompare(op, x[i], y[i])
		}
	}
	if err := t.chargeItems(min(len(x), len(y))); err != nil {
		return nil, err
	}
	return cmpResult(op, len(x)-len(y)), nil
}

// Equal reports a == b as containers and dict keys test it (CPython's PyObject_RichCompareBool): an
// object is equal to itself, a NaN included.
func (t *Thread) Equal(a, b Object) (bool, error) {
	if isSame(a, b) {
		return true, nil // as containers compare (PyObject_RichCompareBool): x in [x] for a NaN x
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S == y.S, nil
		}
		if !hostObj(b) {
			return false, nil
		}
	}
	r, err := t.richCompare(0, a, b)
	if err != nil {
		return false, err
	}
	if r == True {
		return true, nil
	}
	if r == False {
		return false, nil
	}
	return t.Truth(r)
}

// Less reports a < b.
func (t *Thread) Less(a, b Object) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	}
	r, err := t.richCompare(2, a, b)
	if err != nil {
		return false, err
	}
	return t.Truth(r)
}

// Truth reports the truth value of o.
func (t *Thread) Truth(o Object) (bool, error) {
	switch x := o.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case NoneType:
		return false, nil
	case *Str:
		return x.S != "", nil
	case Float:
		return x != 0, nil
	case *List:
		return len(x.V) > 0, nil
	case *Tuple:
		return len(x.V) > 0, nil
	case *Dict:
		return x.used > 0, nil
	case *Set:
		return x.used > 0, nil
	case *BigInt:
		return true, nil
	case *FloatSub:
		if m := subDunder(o, "__bool__"); m != nil {
			r, err := t.callDescr(m, o, nil)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		return x.V != 0, nil
	case *IntSub:
		if m := subDunder(o, "__bool__"); m != nil {
			r, err := t.callDescr(m, o, nil)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		return t.Truth(x.V)
	case *Bytes:
		return x.S != "", nil
	case *Range:
		return x.Len() > 0, nil
	case *bigRange:
		return x.length().Sign() > 0, nil
	case *DictView:
		return x.D.used > 0, nil
	case *Complex:
		return x.V != 0, nil
	default:
		if !hostObj(o) {
			break
		}
		typ := o.Type()
		if m := typ.Lookup("__bool__"); m != nil {
			r, err := t.callDescr(m, o, nil)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		if m := typ.Lookup("__len__"); m != nil {
			n, err := t.Len(o)
			return n > 0, err
		}
	}
	return true, nil
}

// Hash returns hash(o).
func (t *Thread) Hash(o Object) (int64, error) {
	switch x := o.(type) {
	case *Str:
		return x.Hash(), nil
	case Int, *BigInt, Bool:
		return hashInt(o), nil
	case *IntSub:
		if subDunder(o, "__hash__") == nil {
			return hashInt(x.V), nil
		}
	case *FloatSub:
		if subDunder(o, "__hash__") == nil {
			return hashFloat(float64(x.V)), nil
		}
	case Float:
		return hashFloat(float64(x)), nil
	case *Complex:
		h := hashFloat(real(x.V)) + 1000003*hashFloat(imag(x.V))
		if h == -1 {
			h = -2
		}
		return h, nil
	case *Tuple:
		return t.hashTuple(x)
	case NoneType:
		return 0xFCA86420 >> 4, nil
	case *Bytes:
		return NewStr(x.S).Hash(), nil
	case *Set:
		if !x.frozen {
			break
		}
		return t.hashFrozenSet(x)
	case *List, *Dict, *DictView, *Slice:
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
	default:
		if !hostObj(o) {
			break
		}
		typ := o.Type()
		if m := typ.Lookup("__hash__"); m != nil {
			if m == None {
				break
			}
			if overrides(m) {
				r, err := t.callDescr(m, o, nil)
				if err != nil {
					return 0, err
				}
				if !isIntLike(r) {
					return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
				}
				h := hashInt(r)
				return h, nil
			}
		}
		if eq := typ.Lookup("__eq__"); eq != nil {
			if overrides(eq) && typ.Lookup("__hash__") == nil {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.Name)
			}
		}
	}
	if _, ok := o.(*Set); ok {
		return 0, Errorf(TypeErrorType, "unhashable type: 'set'")
	}
	if o.Type().Lookup("__hash__") == None {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
	}
	return int64(t.Interp.ID(o) >> 4), nil
}

// hashTuple is CPython's xxHash-based tuple hash.
func (t *Thread) hashTuple(x *Tuple) (int64, error) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, it := range x.V {
		h, err := t.Hash(it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(x.V)) ^ (p5 ^ 3527539)
	if int64(acc) == -1 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func (t *Thread) hashFrozenSet(s *Set) (int64, error) {
	if s.hash != 0 {
		return s.hash, nil
	}
	var h uint64
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	r := int64(h)
	if r == -1 {
		r = 590923713
	}
	s.hash = r
	return r, nil
}
