package py

// Dict is a Python dict: insertion-ordered, keyed by Python hash and ==.
type Dict struct {
	entries []dictEntry
	index   []int32 // open-addressing table into entries; nil while small
	used    int
	// deleted counts tombstones in entries.
	deleted int
	sub     subclass
}

type dictEntry struct {
	key, value Object // key nil: deleted
	hash       int64
}

// Type returns DictType.
func (d *Dict) Type() *Type {
	if d.sub.cls != nil {
		return d.sub.cls
	}
	return DictType
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
//
// A nil *Dict reads as empty (Len, Get, GetStr, Delete, Items, Keys, Copy): an instance makes its
// __dict__ only when an attribute is first set.
func (d *Dict) Len() int {
	if d == nil {
		return 0
	}
	return d.used
}

const dictLinearMax = 8

// find returns the entry position of key, or -1.
func (d *Dict) find(t *Thread, key Object, h int64) (int, error) {
	if d == nil {
		return -1, nil
	}
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key != nil {
				eq, err := keyEqual(t, e.key, key)
				if err != nil || eq {
					return i, err
				}
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == -1 {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key != nil {
				eq, err := keyEqual(t, e.key, key)
				if err != nil || eq {
					return int(ix), err
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keyEqual compares dict or set keys: identity, then str fast path, then ==.
func keyEqual(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	if sa, ok := a.(*Str); ok {
		if sb, ok := b.(*Str); ok {
			return sa.S == sb.S, nil
		}
	}
	if isSame(a, b) {
		return true, nil
	}
	if t == nil {
		return false, nil
	}
	return t.Equal(a, b)
}

func (d *Dict) rebuild() {
	if d.deleted > 0 {
		j := 0
		for _, e := range d.entries {
			if e.key != nil {
				d.entries[j] = e
				j++
			}
		}
		clear(d.entries[j:])
		d.entries = d.entries[:j]
		d.deleted = 0
	}
	if len(d.entries) <= dictLinearMax {
		d.index = nil
		return
	}
	size := 16
	for size*2 < len(d.entries)*3+3 {
		size *= 2
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(size - 1)
	for n, e := range d.entries {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != -1 {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(n)
	}
}

// Get looks key up.
func (d *Dict) Get(t *Thread, key Object) (Object, bool, error) {
	h, err := t.Hash(key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// GetStr looks up a str key.
func (d *Dict) GetStr(key string) (Object, bool) {
	k := NewStr(key)
	i, _ := d.find(nil, k, k.Hash())
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// getStrObj looks up an interned str key object.
func (d *Dict) getStrObj(k *Str) (Object, bool) {
	i, _ := d.find(nil, k, k.Hash())
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// Set stores key: value.
func (d *Dict) Set(t *Thread, key, value Object) error {
	h, err := t.Hash(key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, h, value)
}

func (d *Dict) setHashed(t *Thread, key Object, h int64, value Object) error {
	i, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
		return nil
	}
	if d.used >= MaxContainerLen {
		return Errorf(MemoryErrorType, "dict too large")
	}
	d.entries = append(d.entries, dictEntry{key: key, value: value, hash: h})
	d.used++
	if d.index == nil {
		if len(d.entries) > dictLinearMax {
			d.rebuild()
		}
		return nil
	}
	if len(d.entries)*3 >= len(d.index)*2 {
		d.rebuild()
		return nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	j := uint64(h) & mask
	for d.index[j] != -1 {
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
	d.index[j] = int32(len(d.entries) - 1)
	return nil
}

// SetStr stores a str key.
func (d *Dict) SetStr(key string, value Object) {
	k := NewStr(key)
	d.setHashed(nil, k, k.Hash(), value)
}

// Delete removes key; it reports whether the key was present.
func (d *Dict) Delete(t *Thread, key Object) (bool, error) {
	h, err := t.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.entries[i] = dictEntry{hash: -1}
	d.used--
	d.deleted++
	if d.index != nil {
		// Tombstones in entries keep index slots valid; rebuild when sparse.
		if d.deleted > len(d.entries)/2 {
			d.rebuild()
		}
	} else {
		d.rebuild()
	}
	return true, nil
}

// Clear removes every item.
func (d *Dict) Clear() { *d = Dict{sub: d.sub} }

// Items returns the live entries in order, as key/value pairs.
func (d *Dict) Items() [][2]Object {
	if d == nil {
		return nil
	}
	out := make([][2]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, [2]Object{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Object {
	if d == nil {
		return nil
	}
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	if d == nil {
		return NewDict()
	}
	c := &Dict{entries: make([]dictEntry, 0, d.used)}
	for _, e := range d.entries {
		if e.key != nil {
			c.entries = append(c.entries, e)
		}
	}
	c.used = len(c.entries)
	c.rebuild()
	return c
}

// dictIter iterates a dict's keys, values or items, raising RuntimeError
// when the dict changes size during iteration.
type dictIter struct {
	d    *Dict
	pos  int
	size int
	kind byte // 'k', 'v', 'i'
}

func (it *dictIter) Type() *Type {
	switch it.kind {
	case 'v':
		return DictValIterType
	case 'i':
		return DictItemIterType
	}
	return DictKeyIterType
}

func (it *dictIter) next() (Object, error) {
	if it.d == nil {
		return nil, nil
	}
	if it.d.used != it.size {
		it.size = -1
		return nil, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos < len(it.d.entries) {
		e := it.d.entries[it.pos]
		it.pos++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case 'v':
			return e.value, nil
		case 'i':
			return NewTuple([]Object{e.key, e.value}), nil
		}
		return e.key, nil
	}
	it.d = nil
	return nil, nil
}

// DictView is dict.keys(), dict.values() or dict.items().
type DictView struct {
	D    *Dict
	Kind byte // 'k', 'v', 'i'
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.Kind {
	case 'v':
		return DictValuesType
	case 'i':
		return DictItemsType
	}
	return DictKeysType
}
