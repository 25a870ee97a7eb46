package py

// The drop points' helpers (finalize.go): what a store, a del, a call, a return or an unwinding
// drops, searched for watched objects and finalized when unreachable.

// frameDropped finalizes what a frame that returned leaves unreachable: its locals and cells. keep
// is the value on its way out; the call's arguments stay with the caller.
func (t *Thread) frameDropped(f *Frame, keep Object) error {
	if f.retry != nil {
		if err := t.retryDropped(f, keep, nil); err != nil {
			return err
		}
	}
	s := t.search()
	s.walkAll(f.fast)
	for _, c := range f.cells {
		if c != nil {
			s.walk(c)
		}
	}
	if len(s.out) == 0 {
		return nil
	}
	return t.finalizeFound(s, append([]Object{keep}, f.args...), nil)
}

// walkAll walks the objects of vs that are not nil or atoms.
func (s *watchSearch) walkAll(vs []Object) {
	for _, v := range vs {
		if v != nil && !atom(v) {
			s.walk(v)
		}
	}
}

// appendLive appends the objects of vs that are not nil or atoms.
func appendLive(out, vs []Object) []Object {
	for _, v := range vs {
		if v != nil && !atom(v) {
			out = append(out, v)
		}
	}
	return out
}

// oldItem returns the value name has in d, which a store or del is about to drop, while objects are
// watched.
func (t *Thread) oldItem(d *Dict, name *Str) Object {
	if t.Interp.watch == 0 || d == nil {
		return nil
	}
	return oldItemSlow(d, name)
}

func oldItemSlow(d *Dict, name *Str) Object {
	v, _ := d.getStrObj(name)
	return v
}

// oldAttr returns the attribute a store or del is about to drop from an instance's or a module's
// namespace, while objects are watched (other attributes are not followed: a missed finalization,
// never a premature one).
func (t *Thread) oldAttr(o Object, name *Str) Object {
	if t.Interp.watch == 0 {
		return nil
	}
	return t.oldAttrSlow(o, name)
}

func (t *Thread) oldAttrSlow(o Object, name *Str) Object {
	switch x := o.(type) {
	case *Instance:
		return t.oldItem(x.Dict, name)
	case *Module:
		return t.oldItem(x.Dict, name)
	}
	return nil
}

// oldSubscr returns the item of a list or dict that a store or del is about to drop, while objects
// are watched.
func (t *Thread) oldSubscr(o, key Object) Object {
	if t.Interp.watch == 0 {
		return nil
	}
	return t.oldSubscrSlow(o, key)
}

func (t *Thread) oldSubscrSlow(o, key Object) Object {
	switch x := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			if i < 0 {
				i += Int(len(x.V))
			}
			if i >= 0 && int(i) < len(x.V) {
				return x.V[i]
			}
		}
	case *Dict:
		switch key.(type) {
		case Int, *Str: // no __eq__ or __hash__ of the script's to run twice
			if v, ok, err := x.Get(t, key); err == nil && ok {
				return v
			}
		}
	}
	return nil
}

// cellsOf returns a frame's cells.
func cellsOf(f *Frame) []Object {
	var out []Object
	for _, c := range f.cells {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

// callDropped finalizes what a call's callable and arguments (vals, which it clears) leave
// unreachable once the call returned r or raised err, which the caller keeps; sp is the stack's
// height after the call. It returns err, or the host's error that stopped the thread.
func (t *Thread) callDropped(f *Frame, vals []Object, sp, pc int, r Object, err error) error {
	if f.retry != nil {
		if derr := t.retryDropped(f, r, err); derr != nil {
			return derr
		}
	}
	s := t.search()
	s.walkAll(vals)
	clear(vals)
	if len(s.out) == 0 {
		return err
	}
	f.sp, f.lasti = sp, pc-1
	keep := []Object{r}
	if e, ok := err.(*Exception); ok {
		keep[0] = e
	}
	if derr := t.finalizeFound(s, keep, f); derr != nil {
		return derr
	}
	return err
}

// unwindDropped finalizes what an exception unwinding f pops from its stack (vals, which it
// clears, leaving sp values) leaves unreachable; exc is the exception in flight.
func (t *Thread) unwindDropped(f *Frame, vals []Object, sp int, exc *Exception) error {
	s := t.search()
	s.walkAll(vals)
	clear(vals)
	if len(s.out) == 0 {
		return nil
	}
	f.sp = sp
	return t.finalizeFound(s, []Object{exc}, f)
}
