package trace

// A strTable holds a log's strings, each named by its index, "" by 0. Strings that recur are kept
// once: a small cache, a set of four slots for each value of a hash of a string's bytes' low bits,
// remembers the four strings of each set used last, so that the names, kinds of call and values a run repeats (a function's
// name, "work_queue", "returned", "None") take no room after the first, while a string met once (a
// million results' reprs) costs one probe of a table that stays in the processor's cache, not a
// lookup in one as big as the trace. A string that recurs after four others of its set came since is
// added again: that costs room, never correctness. What the cache holds depends only on the strings added and their
// order (the hash is FNV-1a, unseeded), so equal logs have equal tables.
type strTable struct {
	strs  []string
	cache []cacheSlot // cacheSets sets of cacheWays slots, most recently used first; made with strs
}

// A cacheSlot is a string's number and the high bits of its hash (0, 0: empty).
type cacheSlot struct {
	tag, n uint32
}

// The cache's shape: 2048 sets of 4 slots, 64 KB.
const (
	cacheWays = 4
	cacheSets = 1 << 11
)

// intern returns s's number, adding s to the table unless the cache finds it there.
func (t *strTable) intern(s string) uint32 {
	if s == "" {
		return 0
	}
	if t.strs == nil {
		t.strs = []string{""}
		t.cache = make([]cacheSlot, cacheSets*cacheWays)
	}
	h := hashString(s)
	set := t.cache[h%cacheSets*cacheWays:][:cacheWays]
	tag := uint32(h >> 32)
	for w, slot := range set {
		if slot.n != 0 && slot.tag == tag && t.strs[slot.n] == s {
			copy(set[1:w+1], set[:w])
			set[0] = slot
			return slot.n
		}
	}
	n := uint32(len(t.strs))
	t.strs = append(t.strs, s)
	copy(set[1:], set[:cacheWays-1])
	set[0] = cacheSlot{tag, n}
	return n
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
// otherwise crowd a few slots.
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
