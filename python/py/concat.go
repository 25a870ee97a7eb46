package py

import "unsafe"

// Building a long str with s += piece in a loop is linear, as in CPython (which resizes a str in place
// when nothing else refers to it): a long result of + keeps its bytes in a buffer with room after
// them, and the next + onto that result appends in the room instead of copying. Strings that share a
// buffer are each a prefix of it; only the longest may grow it, so no str's bytes ever change.

// strBuf is the growable buffer behind strs made by concatenation.
type strBuf struct{ b []byte }

// concatMin is the length below which + simply copies.
const concatMin = 256

// concatStr returns x + y (str), charging the bytes it copies.
func (t *Thread) concatStr(x, y *Str) (Object, error) {
	n := len(x.S) + len(y.S)
	if n > MaxStrLen {
		return nil, Errorf(MemoryErrorType, "str too large")
	}
	if n < concatMin || x.sub != nil {
		return NewStr(x.S + y.S), nil
	}
	if buf := x.buf; buf != nil && len(buf.b) == len(x.S) && cap(buf.b)-len(buf.b) >= len(y.S) {
		// x is the longest str on buf: the room after it is no one's.
		buf.b = append(buf.b, y.S...)
		return &Str{S: unsafe.String(unsafe.SliceData(buf.b), n), n: -1, buf: buf}, t.chargeBytes(len(y.S))
	}
	b := make([]byte, 0, min(2*n, MaxStrLen))
	b = append(append(b, x.S...), y.S...)
	return &Str{S: unsafe.String(unsafe.SliceData(b), n), n: -1, buf: &strBuf{b: b}}, t.chargeBytes(n)
}
