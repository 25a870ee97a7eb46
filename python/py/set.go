package py

// Set is a Python set or frozenset. Its table follows CPython's setobject.c
// (linear probing then perturbation, the same growth policy), so iteration
// order is CPython's for keys whose hashes agree with CPython's (ints), and
// fixed on every run for all keys.
type Set struct {
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	frozen bool
	hash   int64 // frozenset hash cache; 0 unknown
	sub    subclass
}

type setEntry struct {
	key  Object // nil: unused; setDummy: deleted
	hash int64
}

type dummyKey struct{}

func (dummyKey) Type() *Type { return ObjectType }

var setDummy Object = dummyKey{}

const setMinSize = 8
const linearProbes = 9

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.sub.cls != nil {
		return s.sub.cls
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set (frozen for a frozenset).
func NewSet(frozen bool) *Set { return &Set{frozen: frozen} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) lookup(t *Thread, key Object, h int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != setDummy {
				eq, err := keyEqual(t, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// Add inserts key.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := t.Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, h)
}

func (s *Set) addHashed(t *Thread, key Object, h int64) error {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if i, err := s.lookup(t, key, h); err != nil || i >= 0 {
		return err
	}
	if s.used >= MaxContainerLen {
		return Errorf(MemoryErrorType, "set too large")
	}
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key == nil {
				e.key, e.hash = key, h
				s.fill++
				s.used++
				if uint64(s.fill)*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return nil
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill, s.used = 0, 0
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			s.insertClean(e.key, e.hash)
		}
	}
}

func (s *Set) insertClean(key Object, h int64) {
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if s.table[i].key == nil {
			break
		}
		found := false
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.table[i+j].key == nil {
					i += j
					found = true
					break
				}
			}
		}
		if found {
			break
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
	s.table[i] = setEntry{key: key, hash: h}
	s.fill++
	s.used++
}

// Contains reports membership.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	h, err := t.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// Discard removes key; it reports whether it was present.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	h, err := t.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	return true, nil
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a copy with the same table (same order).
func (s *Set) Copy(frozen bool) *Set {
	c := &Set{frozen: frozen, fill: s.fill, used: s.used}
	c.table = append([]setEntry(nil), s.table...)
	return c
}

// Clear removes every element.
func (s *Set) Clear() { s.table, s.fill, s.used = nil, 0, 0 }

// setIter iterates a set, raising RuntimeError if its size changes.
type setIter struct {
	s    *Set
	pos  int
	size int
}

func (it *setIter) Type() *Type { return SetIterType }

func (it *setIter) next() (Object, error) {
	if it.s == nil {
		return nil, nil
	}
	if it.s.used != it.size {
		it.size = -1
		return nil, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	for it.pos < len(it.s.table) {
		e := it.s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != setDummy {
			return e.key, nil
		}
	}
	it.s = nil
	return nil, nil
}
