package py

func (t *Thread) setBinary(op int, a, b *Set) (Object, error) {
	out := NewSet(a.frozen)
	switch op {
	case opOr:
		*out = *a.Copy(a.frozen)
		out.hash = 0
		for _, x := range b.Items() {
			if err := out.Add(t, x); err != nil {
				return nil, err
			}
		}
	case opAnd:
		small, big := a, b
		if b.used < a.used {
			small, big = b, a
		}
		for _, x := range small.Items() {
			ok, err := big.Contains(t, x)
			if err != nil {
				return nil, err
			}
			if ok {
				out.Add(t, x)
			}
		}
	case opSub:
		for _, x := range a.Items() {
			ok, err := b.Contains(t, x)
			if err != nil {
				return nil, err
			}
			if !ok {
				out.Add(t, x)
			}
		}
	case opXor:
		for _, x := range a.Items() {
			if ok, _ := b.Contains(t, x); !ok {
				out.Add(t, x)
			}
		}
		for _, x := range b.Items() {
			if ok, _ := a.Contains(t, x); !ok {
				out.Add(t, x)
			}
		}
	default:
		return NotImplemented, nil
	}
	return out, nil
}

func (t *Thread) isSubset(a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, x := range a.Items() {
		ok, err := b.Contains(t, x)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (t *Thread) setCompare(op int, a, b *Set) (Object, error) {
	switch op {
	case 0, 1:
		eq := a.used == b.used
		if eq {
			var err error
			eq, err = t.isSubset(a, b)
			if err != nil {
				return nil, err
			}
		}
		return NewBool(eq == (op == 0)), nil
	case 2:
		r, err := t.isSubset(a, b)
		return NewBool(r && a.used < b.used), err
	case 3:
		r, err := t.isSubset(a, b)
		return NewBool(r), err
	case 4:
		r, err := t.isSubset(b, a)
		return NewBool(r && a.used > b.used), err
	}
	r, err := t.isSubset(b, a)
	return NewBool(r), err
}

func (t *Thread) dictEqual(a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for _, kv := range a.Items() {
		v, ok, err := b.Get(t, kv[0])
		if err != nil || !ok {
			return false, err
		}
		eq, err := t.Equal(kv[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictUpdate implements d.update(src) for a mapping or an iterable of pairs.
func (t *Thread) dictUpdate(d *Dict, src Object) error {
	if sd, ok := src.(*Dict); ok {
		for _, kv := range sd.Items() {
			if err := d.Set(t, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if ok, _ := t.HasAttr(src, "keys"); ok {
		keys, err := t.CallMethod(src, "keys")
		if err != nil {
			return err
		}
		return t.Iterate(keys, func(k Object) (bool, error) {
			v, err := t.GetItem(src, k)
			if err != nil {
				return false, err
			}
			return true, d.Set(t, k, v)
		})
	}
	i := 0
	err := t.Iterate(src, func(item Object) (bool, error) {
		pair, err := t.iterToSlice(item)
		if err != nil {
			return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return true, d.Set(t, pair[0], pair[1])
	})
	if err != nil && !t.isIterable(src) {
		return Errorf(TypeErrorType, "'%s' object is not iterable", src.Type().Name)
	}
	return err
}

func (t *Thread) viewAsSet(o Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	s := NewSet(false)
	err := t.Iterate(o, func(x Object) (bool, error) { return true, s.Add(t, x) })
	return s, err
}

func (t *Thread) viewSetOp(op int, a, b Object) (Object, error) {
	sa, err := t.viewAsSet(a)
	if err != nil {
		return nil, err
	}
	sb, err := t.viewAsSet(b)
	if err != nil {
		return nil, err
	}
	return t.setBinary(op, sa, sb)
}

func (t *Thread) viewEqual(a, b *DictView) (bool, error) {
	sa, err := t.viewAsSet(a)
	if err != nil {
		return false, err
	}
	sb, err := t.viewAsSet(b)
	if err != nil {
		return false, err
	}
	r, err := t.setCompare(0, sa, sb)
	return r == True, err
}
