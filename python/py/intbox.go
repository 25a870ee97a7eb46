package py

import "unsafe"

// intBoxSize is how many int objects an intBox hands out from one allocation. An int still in use
// keeps its whole block alive (intBoxSize*8 bytes at most, where a lone boxed int64 keeps 16), so
// the blocks stay small.
const intBoxSize = 32

// An intBox hands out the int objects the eval loop makes beyond the small ones (a range's items,
// arithmetic results) from blocks of intBoxSize, one allocation for intBoxSize ints where converting
// each Int to an Object allocates once per int. Each Thread has its own; a slot is written once,
// before its object is handed out, and never again, so objects from a box are as immutable as any
// other Int.
type intBox struct {
	block *[intBoxSize]int64
	n     int
}

// iface is the layout of a non-empty interface value (Object).
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// make returns an int object for v: a small one from the table, any other from the box.
func (b *intBox) make(v int64) Object {
	if v >= smallIntMin && v <= smallIntMax {
		return smallInts[v-smallIntMin]
	}
	if b.block == nil || b.n == intBoxSize {
		b.block, b.n = new([intBoxSize]int64), 0
	}
	p := &b.block[b.n]
	b.n++
	*p = v
	// An Object holding Int(0) (which the runtime does not allocate), its data pointer moved to the
	// slot: the same dynamic type, the value v.
	var o Object = Int(0)
	(*iface)(unsafe.Pointer(&o)).data = unsafe.Pointer(p)
	return o
}
