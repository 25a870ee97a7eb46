package py

// The set methods that change the set in place: difference_update and symmetric_difference_update
// (as CPython's, item by item, so iteration order stays CPython's), update, pop and clear.

func setDifferenceUpdate(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("difference_update", self)
	if err != nil {
		return nil, err
	}
	if err := NoKwargs("difference_update", kwnames); err != nil {
		return nil, err
	}
	for _, o := range args {
		if o == self {
			s.Clear()
			continue
		}
		err := t.Iterate(o, func(x Object) (bool, error) {
			_, err := s.Discard(t, x)
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
	}
	return None, nil
}

// setSymmetricDifferenceUpdate works in place as CPython's: each item of other (made a set first
// when it is not one) leaves the set if there, else joins it.
func setSymmetricDifferenceUpdate(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("symmetric_difference_update", self)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "set.symmetric_difference_update() takes exactly one argument (%d given)", len(args))
	}
	if args[0] == self {
		s.Clear()
		return None, nil
	}
	other, err := t.asSet(args[0])
	if err != nil {
		return nil, err
	}
	for _, x := range other.Items() {
		found, err := s.Discard(t, x)
		if err == nil && !found {
			err = s.Add(t, x)
		}
		if err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setUpdateMethod(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("update", self)
	if err != nil {
		return nil, err
	}
	if err := NoKwargs("update", kwnames); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := t.setUpdate(s, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setPop(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("pop", self)
	if err != nil {
		return nil, err
	}
	if len(args) > 0 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "set.pop() takes no arguments (%d given)", len(args))
	}
	items := s.Items()
	if len(items) == 0 {
		return nil, Errorf(KeyErrorType, "pop from an empty set")
	}
	if _, err := s.Discard(t, items[0]); err != nil {
		return nil, err
	}
	return items[0], nil
}

func setClear(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("clear", self)
	if err != nil {
		return nil, err
	}
	if len(args) > 0 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "set.clear() takes no arguments (%d given)", len(args))
	}
	s.Clear()
	return None, nil
}
