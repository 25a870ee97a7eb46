package py

// The methods of set and frozenset beyond add, discard and remove: the algebra (union, intersection,
// difference, symmetric_difference and their _update forms), the tests (issubset, issuperset,
// isdisjoint), pop, copy and clear. Like CPython's, the methods take any iterables where the
// operators take only sets.
func init() {
	shared := map[string]MethodFunc{
		"union":                setUnion,
		"intersection":         setIntersection,
		"difference":           setDifference,
		"symmetric_difference": setSymmetricDifference,
		"issubset":             setIsSubset,
		"issuperset":           setIsSuperset,
		"isdisjoint":           setIsDisjoint,
		"copy":                 setCopyMethod,
	}
	registerLib(FrozenSetType, shared)
	registerLib(SetType, shared)
	registerLib(SetType, map[string]MethodFunc{
		"update":                      setUpdateMethod,
		"intersection_update":         setInPlace("intersection_update", setIntersection),
		"difference_update":           setDifferenceUpdate,
		"symmetric_difference_update": setSymmetricDifferenceUpdate,
		"pop":                         setPop,
		"clear":                       setClear,
	})
}

// setSelf returns the receiver of a set method.
func setSelf(method string, self Object) (*Set, error) {
	if s, ok := self.(*Set); ok {
		return s, nil
	}
	return nil, descrError(method, "set", self)
}

// asSet returns o if it is a set or frozenset, else a new set of its items.
func (t *Thread) asSet(o Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	s := NewSet(false)
	if err := t.setUpdate(s, o); err != nil {
		return nil, err
	}
	return s, nil
}

func setUnion(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("union", self)
	if err != nil {
		return nil, err
	}
	if err := NoKwargs("union", kwnames); err != nil {
		return nil, err
	}
	out := s.Copy(s.frozen)
	out.hash = 0
	for _, o := range args {
		if err := t.setUpdate(out, o); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func setIntersection(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("intersection", self)
	if err != nil {
		return nil, err
	}
	if err := NoKwargs("intersection", kwnames); err != nil {
		return nil, err
	}
	out := s.Copy(s.frozen)
	out.hash = 0
	for _, o := range args {
		if out, err = t.intersect(out, o); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// intersect returns the items of so also in other, inserted in CPython's order: over the smaller
// set (other when sizes tie), or over other's items when it is not a set.
func (t *Thread) intersect(so *Set, other Object) (*Set, error) {
	out := NewSet(so.frozen)
	keep := func(x Object, in *Set) (bool, error) {
		ok, err := in.Contains(t, x)
		if err == nil && ok {
			err = out.Add(t, x)
		}
		return err == nil, err
	}
	if os, ok := other.(*Set); ok {
		small, big := os, so
		if os.Len() > so.Len() {
			small, big = so, os
		}
		for _, x := range small.Items() {
			if _, err := keep(x, big); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	err := t.Iterate(other, func(x Object) (bool, error) { return keep(x, so) })
	return out, err
}

func setDifference(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("difference", self)
	if err != nil {
		return nil, err
	}
	if err := NoKwargs("difference", kwnames); err != nil {
		return nil, err
	}
	out := s.Copy(s.frozen)
	out.hash = 0
	for _, o := range args {
		err := t.Iterate(o, func(x Object) (bool, error) {
			_, err := out.Discard(t, x)
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func setSymmetricDifference(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("symmetric_difference", self)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "%s.symmetric_difference() takes exactly one argument (%d given)",
			s.Type().Name, len(args))
	}
	out := NewSet(s.frozen)
	if err := t.setUpdate(out, args[0]); err != nil {
		return nil, err
	}
	for _, x := range s.Items() {
		found, err := out.Discard(t, x)
		if err != nil {
			return nil, err
		}
		if !found {
			if err := out.Add(t, x); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// setInPlace makes an _update method from the method computing its result.
func setInPlace(name string, compute MethodFunc) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := setSelf(name, self)
		if err != nil {
			return nil, err
		}
		r, err := compute(t, s, args, kwnames)
		if err != nil {
			return nil, err
		}
		*s = *r.(*Set)
		s.frozen = false
		return None, nil
	}
}

func setIsSubset(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("issubset", self)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "%s.issubset() takes exactly one argument (%d given)", s.Type().Name, len(args))
	}
	other, err := t.asSet(args[0])
	if err != nil {
		return nil, err
	}
	ok, err := t.isSubset(s, other)
	return NewBool(ok), err
}

func setIsSuperset(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("issuperset", self)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "%s.issuperset() takes exactly one argument (%d given)", s.Type().Name, len(args))
	}
	all := true
	err = t.Iterate(args[0], func(x Object) (bool, error) {
		in, err := s.Contains(t, x)
		all = in
		return in && err == nil, err
	})
	return NewBool(all), err
}

func setIsDisjoint(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("isdisjoint", self)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "%s.isdisjoint() takes exactly one argument (%d given)", s.Type().Name, len(args))
	}
	disjoint := true
	err = t.Iterate(args[0], func(x Object) (bool, error) {
		in, err := s.Contains(t, x)
		disjoint = !in
		return !in && err == nil, err
	})
	return NewBool(disjoint), err
}

func setCopyMethod(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := setSelf("copy", self)
	if err != nil {
		return nil, err
	}
	if len(args) > 0 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "%s.copy() takes no arguments (%d given)", s.Type().Name, len(args))
	}
	if s.frozen {
		return s, nil
	}
	return s.Copy(false), nil
}
