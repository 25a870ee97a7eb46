package py

// watchSearch looks for watched objects (finalize.go) among what a dropped value references, depth
// first in the order CPython's deallocation releases references (a list's items last to first, as
// list_dealloc does), within dropBudget objects and not through classes, modules or a function's
// globals (a module's namespace outlives what is dropped). A thread keeps one, reused: the drop points
// of a loop that runs while a generator is watched allocate nothing.
type watchSearch struct {
	seen    []Object
	seenMap map[Object]bool
	todo    []Object
	kids    []Object
	out     []Object
	budget  int
	collect func(Object)
}

// search returns the thread's search, emptied.
func (t *Thread) search() *watchSearch {
	s := t.ws
	if s == nil {
		s = &watchSearch{}
		s.collect = func(o Object) {
			if o != nil && !atom(o) {
				s.kids = append(s.kids, o)
			}
		}
		t.ws = s
	}
	// Stale entries of the scratch slices keep at most a few hundred objects from Go's collector; clearing
	// them at every drop point would cost more.
	s.seen = s.seen[:0]
	if s.seenMap != nil {
		clear(s.seenMap)
	}
	clear(s.out)
	s.out = s.out[:0]
	s.budget = dropBudget
	return s
}

// visited records o and reports whether it was already.
func (s *watchSearch) visited(o Object) bool {
	if len(s.seen) < 32 {
		for _, x := range s.seen {
			if x == o {
				return true
			}
		}
		s.seen = append(s.seen, o)
		return false
	}
	if s.seenMap == nil {
		s.seenMap = map[Object]bool{}
	}
	for _, x := range s.seen {
		if x == o {
			return true
		}
	}
	if s.seenMap[o] {
		return true
	}
	s.seenMap[o] = true
	return false
}

// walk searches from o.
func (s *watchSearch) walk(o Object) {
	s.todo = append(s.todo[:0], o)
	for len(s.todo) > 0 && s.budget > 0 {
		o := s.todo[len(s.todo)-1]
		s.todo = s.todo[:len(s.todo)-1]
		if o == nil || atom(o) || !canKey(o) || s.visited(o) {
			continue
		}
		s.budget--
		if pendingFinal(o) {
			s.out = append(s.out, o)
		}
		s.kids = s.kids[:0]
		reversed := false
		switch x := o.(type) {
		case *Function:
			visitAll(x.Defaults, s.collect)
			visitDict(x.KwDefaults, s.collect)
			for _, c := range x.Closure {
				s.collect(c)
			}
			visitDict(x.Dict, s.collect)
		case *List, *Tuple:
			traverse(o, s.collect)
			reversed = true
		default:
			traverse(o, s.collect)
		}
		// The stack pops last first: push the kids so that the first to release comes out first.
		if reversed {
			s.todo = append(s.todo, s.kids...)
		} else {
			for i := len(s.kids) - 1; i >= 0; i-- {
				s.todo = append(s.todo, s.kids[i])
			}
		}
	}
	s.todo = s.todo[:0]
}
