package trace

// A strTable interns a log's strings: each distinct string is kept once and named by its index, "" by
// 0. Its index is an open-addressing hash table of string numbers, pointer-free, so that a log of
// millions of distinct strings (a million results' reprs) costs the garbage collector one slice of
// headers to scan. The hash (FNV-1a) decides only where a string is looked for, never its number:
// numbers follow the order strings first arrive, so equal logs have equal tables.
type strTable struct {
	strs  []string
	slots []uint32 // 0: empty; otherwise a string's number
	last  string   // the string interned last, and its number: repeats are common
	lastN uint32
}

// intern returns s's number, adding s to the table if it is new.
func (t *strTable) intern(s string) uint32 {
	if s == "" {
		return 0
	}
	if s == t.last {
		return t.lastN
	}
	if t.strs == nil {
		t.strs = []string{""}
		t.slots = make([]uint32, 64)
	}
	mask := uint64(len(t.slots) - 1)
	i := hashString(s) & mask
	for {
		n := t.slots[i]
		if n == 0 {
			break
		}
		if t.strs[n] == s {
			t.last, t.lastN = s, n
			return n
		}
		i = (i + 1) & mask
	}
	n := uint32(len(t.strs))
	t.strs = append(t.strs, s)
	t.slots[i] = n
	if 2*len(t.strs) > len(t.slots) {
		t.grow()
	}
	t.last, t.lastN = s, n
	return n
}

// grow doubles the index and puts every string back in it.
func (t *strTable) grow() {
	t.slots = make([]uint32, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for n := 1; n < len(t.strs); n++ {
		i := hashString(t.strs[n]) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(n)
	}
}

// snapshot returns the strings interned so far; later interning never changes them.
func (t *strTable) snapshot() []string {
	if t.strs == nil {
		return []string{""}
	}
	return t.strs[:len(t.strs):len(t.strs)]
}

// hashString is 64-bit FNV-1a, its bits then mixed (murmur3's finalizer) so that the low ones, which
// pick the slot, depend on every byte: strings that differ only at their end ("(1,)", "(2,)") would
// otherwise fill neighbouring slots and make long runs for linear probing.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
