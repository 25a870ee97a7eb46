package pystr

import "unicode/utf8"

// Index finds code points of one non-ASCII string in O(1) amortised time: it records the byte
// offset of every 32nd code point once, so s[i] in a loop over a long string costs a short scan
// instead of one from the start. An interpreter builds it on first indexing and keeps it with the
// string; an ASCII string needs none (byte offsets are code point indices).
type Index struct {
	s     string
	n     int     // code points
	marks []int32 // byte offset of code point k*indexStride
}

const indexStride = 32

// NewIndex indexes s.
func NewIndex(s string) *Index {
	x := &Index{s: s}
	for off := range s {
		if x.n%indexStride == 0 {
			x.marks = append(x.marks, int32(off))
		}
		x.n++
	}
	return x
}

// Len returns the number of code points.
func (x *Index) Len() int { return x.n }

// Offset returns the byte offset of code point i (0 <= i <= Len()).
func (x *Index) Offset(i int) int {
	if i >= x.n {
		return len(x.s)
	}
	off := int(x.marks[i/indexStride])
	for k := i % indexStride; k > 0; k-- {
		_, n := utf8.DecodeRuneInString(x.s[off:])
		off += n
	}
	return off
}

// At returns code point i as a string (0 <= i < Len()).
func (x *Index) At(i int) string {
	off := x.Offset(i)
	_, n := utf8.DecodeRuneInString(x.s[off:])
	return x.s[off : off+n]
}

// Slice returns s[start:stop] for 0 <= start <= stop <= Len().
func (x *Index) Slice(start, stop int) string {
	if stop <= start {
		return ""
	}
	return x.s[x.Offset(start):x.Offset(stop)]
}
