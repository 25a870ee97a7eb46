package py

import (
	"math/big"
	"strings"
)

// Len returns len(o).
func (t *Thread) Len(o Object) (int, error) {
	if subDunder(o, "__len__") != nil {
		goto dunder
	}
	switch x := o.(type) {
	case *Str:
		return x.Len(), nil
	case *List:
		return len(x.V), nil
	case *Tuple:
		return len(x.V), nil
	case *Dict:
		return x.used, nil
	case *Set:
		return x.used, nil
	case *Bytes:
		return len(x.S), nil
	case *Range:
		return int(x.Len()), nil
	case *DictView:
		return x.D.used, nil
	case *MappingProxy:
		return x.D.used, nil
	case *bigRange:
		n := x.length()
		if !n.IsInt64() {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(n.Int64()), nil
	}
dunder:
	m := o.Type().Lookup("__len__")
	if m == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", o.Type().Name)
	}
	r, err := t.callDescr(m, o, nil)
	if err != nil {
		return 0, err
	}
	n, ok := asInt64(r)
	if !ok {
		if _, big := r.(*BigInt); big {
			return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

func isIndex(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt, *IntSub:
		return true
	}
	return false
}

// indexKey converts a key with __index__ (or a slice of such) for sequences.
func (t *Thread) indexKey(key Object) (Object, error) {
	switch k := key.(type) {
	case *Instance:
		if k.typ.Lookup("__index__") != nil {
			n, err := t.ToInt64(k)
			return MakeInt(n), err
		}
	case *Slice:
		_, a := k.Start.(*Instance)
		_, b := k.Stop.(*Instance)
		_, c := k.Step.(*Instance)
		if a || b || c {
			var parts [3]Object
			for i, p := range []Object{k.Start, k.Stop, k.Step} {
				var err error
				if parts[i], err = t.indexKey(p); err != nil {
					return nil, err
				}
			}
			return &Slice{parts[0], parts[1], parts[2]}, nil
		}
	}
	return key, nil
}

// GetItem returns o[key].
func (t *Thread) GetItem(o, key Object) (Object, error) {
	switch o.(type) {
	case *List, *Tuple, *Str, *Range, *Bytes:
		var err error
		if key, err = t.indexKey(key); err != nil {
			return nil, err
		}
	}
	if m := subDunder(o, "__getitem__"); m != nil {
		return t.callDescr(m, o, []Object{key})
	}
	if r, err, ok := t.getItemGo(o, key); ok {
		return r, err
	}
	m := o.Type().Lookup("__getitem__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", o.Type().Name)
	}
	r, err := t.callDescr(m, o, []Object{key})
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(KeyErrorType) {
			if _, isDictSub := o.(*Instance); isDictSub {
				if mm := o.Type().Lookup("__missing__"); mm != nil {
					return t.callDescr(mm, o, []Object{key})
				}
			}
		}
	}
	return r, err
}

// getItemGo is o[key] for the built-in values the interpreter implements
// itself, ignoring a subclass's __getitem__; handled is false for others.
func (t *Thread) getItemGo(o, key Object) (result Object, err error, handled bool) {
	switch x := o.(type) {
	case *List:
		if isIndex(key) {
			i, err := seqIndex(key, len(x.V), "list")
			if err != nil {
				return nil, err, true
			}
			return x.V[i], nil, true
		}
		if s, ok := key.(*Slice); ok {
			v := sliceItems(x.V, s)
			return NewList(v), t.chargeItems(len(v)), true
		}
		return nil, Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.Type().Name), true
	case *Tuple:
		if isIndex(key) {
			i, err := seqIndex(key, len(x.V), "tuple")
			if err != nil {
				return nil, err, true
			}
			return x.V[i], nil, true
		}
		if s, ok := key.(*Slice); ok {
			v := sliceItems(x.V, s)
			return NewTuple(v), t.chargeItems(len(v)), true
		}
		return nil, Errorf(TypeErrorType, "tuple indices must be integers or slices, not %s", key.Type().Name), true
	case *Str:
		if isIndex(key) {
			i, err := seqIndex(key, x.Len(), "string")
			if err != nil {
				return nil, err, true
			}
			return x.Index(i), nil, true
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := s.Indices(x.Len())
			if err != nil {
				return nil, err, true
			}
			if x.IsASCII() {
				if step == 1 {
					return NewStr(x.S[start : start+n]), nil, true
				}
				b := make([]byte, n)
				for k := 0; k < n; k++ {
					b[k] = x.S[start+k*step]
				}
				return NewStr(string(b)), nil, true
			}
			rs := []rune(x.S)
			out := make([]rune, n)
			for k := 0; k < n; k++ {
				out[k] = rs[start+k*step]
			}
			return NewStr(string(out)), nil, true
		}
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.Type().Name), true
	case *Dict:
		v, ok, err := x.Get(t, key)
		if err != nil {
			return nil, err, true
		}
		if !ok {
			if m := subDunder(o, "__missing__"); m != nil {
				r, err := t.callDescr(m, o, []Object{key})
				return r, err, true
			}
			return nil, NewException(KeyErrorType, key), true
		}
		return v, nil, true
	case *Range:
		if isIndex(key) {
			i, err := seqIndex(key, int(x.Len()), "range object")
			if err != nil {
				return nil, err, true
			}
			return MakeInt(x.Start + int64(i)*x.Step), nil, true
		}
		if s, ok := key.(*Slice); ok {
			start, stop, step, _, err := s.Indices(int(x.Len()))
			if err != nil {
				return nil, err, true
			}
			return &Range{Start: x.Start + int64(start)*x.Step, Stop: x.Start + int64(stop)*x.Step, Step: x.Step * int64(step)}, nil, true
		}
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name), true
	case *Bytes:
		if isIndex(key) {
			i, err := seqIndex(key, len(x.S), "index")
			if err != nil {
				return nil, err, true
			}
			return MakeInt(int64(x.S[i])), nil, true
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := s.Indices(len(x.S))
			if err != nil {
				return nil, err, true
			}
			b := make([]byte, n)
			for k := 0; k < n; k++ {
				b[k] = x.S[start+k*step]
			}
			return &Bytes{S: string(b)}, nil, true
		}
	case *MappingProxy:
		r, err := t.GetItem(x.D, key)
		return r, err, true
	case *bigRange:
		r, err := t.bigRangeItem(x, key)
		return r, err, true
	case *Type:
		if m := metaDunder(x, "__getitem__"); m != nil {
			r, err := t.callDescr(m, x, []Object{key})
			return r, err, true
		}
		if m := x.Lookup("__class_getitem__"); m != nil {
			r, err := t.callDescr(m, x, []Object{key})
			return r, err, true
		}
		if x == ListType || x == DictType || x == TupleType || x == SetType || x == TypeType || x == FrozenSetType {
			return newGenericAlias(x, key), nil, true
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", x.Name), true
	}
	return nil, nil, false
}

func sliceItems(v []Object, s *Slice) []Object {
	start, _, step, n, err := s.Indices(len(v))
	if err != nil || n == 0 {
		return nil
	}
	if step == 1 {
		return append([]Object(nil), v[start:start+n]...)
	}
	out := make([]Object, n)
	for k := range out {
		out[k] = v[start+k*step]
	}
	return out
}

// SetItem performs o[key] = v.
func (t *Thread) SetItem(o, key, v Object) error {
	if _, ok := o.(*List); ok {
		var err error
		if key, err = t.indexKey(key); err != nil {
			return err
		}
	}
	if m := subDunder(o, "__setitem__"); m != nil {
		_, err := t.callDescr(m, o, []Object{key, v})
		return err
	}
	if err, ok := t.setItemGo(o, key, v); ok {
		return err
	}
	m := o.Type().Lookup("__setitem__")
	if m == nil {
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
	}
	_, err := t.callDescr(m, o, []Object{key, v})
	return err
}

// setItemGo is o[key] = v for the built-in values the interpreter
// implements itself, ignoring a subclass's __setitem__.
func (t *Thread) setItemGo(o, key, v Object) (err error, handled bool) {
	switch x := o.(type) {
	case *List:
		if isIndex(key) {
			i, err := seqIndex(key, len(x.V), "list assignment")
			if err != nil {
				return err, true
			}
			x.V[i] = v
			return nil, true
		}
		if s, ok := key.(*Slice); ok {
			items, err := t.iterToSlice(v)
			if err != nil {
				return Errorf(TypeErrorType, "must assign iterable to extended slice"), true
			}
			start, stop, step, n, err := s.Indices(len(x.V))
			if err != nil {
				return err, true
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				nv := make([]Object, 0, len(x.V)-(stop-start)+len(items))
				nv = append(nv, x.V[:start]...)
				nv = append(nv, items...)
				nv = append(nv, x.V[stop:]...)
				x.V = nv
				return nil, true
			}
			if len(items) != n {
				return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n), true
			}
			for k := 0; k < n; k++ {
				x.V[start+k*step] = items[k]
			}
			return nil, true
		}
		return Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.Type().Name), true
	case *Dict:
		return x.Set(t, key, v), true
	}
	return nil, false
}

// DelItem performs del o[key].
func (t *Thread) DelItem(o, key Object) error {
	if _, ok := o.(*List); ok {
		var err error
		if key, err = t.indexKey(key); err != nil {
			return err
		}
	}
	if m := subDunder(o, "__delitem__"); m != nil {
		_, err := t.callDescr(m, o, []Object{key})
		return err
	}
	if err, ok := t.delItemGo(o, key); ok {
		return err
	}
	m := o.Type().Lookup("__delitem__")
	if m == nil {
		return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", o.Type().Name)
	}
	_, err := t.callDescr(m, o, []Object{key})
	return err
}

// delItemGo is del o[key] for the built-in values the interpreter
// implements itself, ignoring a subclass's __delitem__.
func (t *Thread) delItemGo(o, key Object) (err error, handled bool) {
	switch x := o.(type) {
	case *List:
		if isIndex(key) {
			i, err := seqIndex(key, len(x.V), "list assignment")
			if err != nil {
				return err, true
			}
			copy(x.V[i:], x.V[i+1:])
			x.V[len(x.V)-1] = nil
			x.V = x.V[:len(x.V)-1]
			return nil, true
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := s.Indices(len(x.V))
			if err != nil {
				return err, true
			}
			del := map[int]bool{}
			for k := 0; k < n; k++ {
				del[start+k*step] = true
			}
			nv := x.V[:0:0]
			for i, it := range x.V {
				if !del[i] {
					nv = append(nv, it)
				}
			}
			x.V = nv
			return nil, true
		}
	case *Dict:
		ok, err := x.Delete(t, key)
		if err == nil && !ok {
			return NewException(KeyErrorType, key), true
		}
		return err, true
	}
	return nil, false
}

// Contains reports item in container.
func (t *Thread) Contains(container, item Object) (bool, error) {
	if m := subDunder(container, "__contains__"); m != nil {
		r, err := t.callDescr(m, container, []Object{item})
		if err != nil {
			return false, err
		}
		return t.Truth(r)
	}
	switch x := container.(type) {
	case *Str:
		s, ok := item.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return strings.Contains(x.S, s.S), nil
	case *Dict:
		_, ok, err := x.Get(t, item)
		return ok, err
	case *MappingProxy:
		_, ok, err := x.D.Get(t, item)
		return ok, err
	case *bigRange:
		return t.bigRangeContains(x, item), nil
	case *Set:
		return x.Contains(t, item)
	case *DictView:
		if x.Kind == 'k' {
			_, ok, err := x.D.Get(t, item)
			return ok, err
		}
	case *List:
		for i := 0; i < len(x.V); i++ {
			if eq, err := t.Equal(x.V[i], item); err != nil || eq {
				return t.scanned(i, eq, err)
			}
		}
		return false, t.chargeItems(len(x.V))
	case *Tuple:
		for i, v := range x.V {
			if eq, err := t.Equal(v, item); err != nil || eq {
				return t.scanned(i, eq, err)
			}
		}
		return false, t.chargeItems(len(x.V))
	case *Range:
		if isIntLike(item) {
			n, ok := asInt64(item)
			if !ok {
				return false, nil
			}
			if x.Step > 0 && (n < x.Start || n >= x.Stop) || x.Step < 0 && (n > x.Start || n <= x.Stop) {
				return false, nil
			}
			return (n-x.Start)%x.Step == 0, nil
		}
	case *Bytes:
		if b, ok := bytesOf(item); ok {
			return strings.Contains(x.S, b), nil
		}
		if n, ok := asInt64(item); ok {
			return strings.IndexByte(x.S, byte(n)) >= 0, nil
		}
	}
	if m := container.Type().Lookup("__contains__"); m != nil {
		r, err := t.callDescr(m, container, []Object{item})
		if err != nil {
			return false, err
		}
		return t.Truth(r)
	}
	if !t.isIterable(container) {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", container.Type().Name)
	}
	found := false
	err := t.Iterate(container, func(v Object) (bool, error) {
		eq, err := t.Equal(v, item)
		found = eq
		return !eq, err
	})
	return found, err
}

var unaryDunder = map[byte]string{'-': "__neg__", '+': "__pos__", '~': "__invert__"}

func (t *Thread) unaryOp(o interface{ String() string }, v Object) (Object, error) {
	var sym byte
	switch o.String() {
	case "UNARY_NEGATIVE":
		sym = '-'
	case "UNARY_POSITIVE":
		sym = '+'
	default:
		sym = '~'
	}
	if is, ok := v.(*IntSub); ok {
		if m := v.Type().Lookup(unaryDunder[sym]); m != nil {
			return t.callDescr(m, v, nil)
		}
		return t.unaryOp(o, is.V)
	}
	if fs, ok := v.(*FloatSub); ok {
		if m := subDunder(v, unaryDunder[sym]); m != nil {
			return t.callDescr(m, v, nil)
		}
		return t.unaryOp(o, fs.V)
	}
	switch x := v.(type) {
	case Int:
		switch sym {
		case '-':
			if x == -1<<63 {
				return NewBigInt(new(big.Int).Neg(big.NewInt(int64(x)))), nil
			}
			return MakeInt(-int64(x)), nil
		case '+':
			return x, nil
		default:
			return MakeInt(^int64(x)), nil
		}
	case Bool:
		n := int64(0)
		if x {
			n = 1
		}
		return t.unaryOp(o, Int(n))
	case *BigInt:
		switch sym {
		case '-':
			return NewBigInt(new(big.Int).Neg(x.V)), nil
		case '+':
			return x, nil
		default:
			return NewBigInt(new(big.Int).Not(x.V)), nil
		}
	case Float:
		switch sym {
		case '-':
			return -x, nil
		case '+':
			return x, nil
		}
	case *Complex:
		switch sym {
		case '-':
			return &Complex{V: -x.V}, nil
		case '+':
			return x, nil
		}
	}
	if m := v.Type().Lookup(unaryDunder[sym]); m != nil {
		return t.callDescr(m, v, nil)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary %c: '%s'", sym, v.Type().Name)
}
