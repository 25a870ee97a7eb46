package layout

import "unsafe"

// A textArena holds many short strings in a few big blocks. A big run has a lane label and a lane
// detail per future: made one allocation each, every string costs its length rounded up to the
// allocator's next size, and the collector one object more to track. A block's bytes are never
// written again once a string holds them, so the strings are as immutable as any.
type textArena struct {
	block []byte
	next  int // the size of the next block
}

// Block sizes: the first is small, so that a small run pays little; each next one is twice as big.
const (
	firstBlock = 1 << 10
	maxBlock   = 64 << 10
)

// string returns b's bytes as a string held in the arena (b itself is not kept).
func (a *textArena) string(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > cap(a.block)-len(a.block) {
		a.next = min(max(a.next*2, firstBlock), maxBlock)
		if len(b) > a.next/4 { // a long one gets an allocation of its own
			return string(b)
		}
		a.block = make([]byte, 0, a.next)
	}
	start := len(a.block)
	a.block = append(a.block, b...)
	return unsafe.String(&a.block[start], len(b))
}
