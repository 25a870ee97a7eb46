package py

import op "github.com/futurescope/futurescope/python/compile"

// AfterCall reports whether the instruction the innermost frame executed last was a call that has
// returned. CPython checks its eval breaker there (at the end of CALL, after a built-in function
// returns), so another thread can take the GIL between `d.get(k, 0)` and the store of
// `d[k] = d.get(k, 0) + 1`: that is where unlocked read-modify-writes lose updates. Hosts that hand the
// GIL over at eval-breaker checks ask it in their hook.
func (t *Thread) AfterCall() bool {
	f := t.frame
	if f == nil || f.lasti <= 0 || f.lasti > len(f.code.Code) {
		return false
	}
	switch op.Op(f.code.Code[f.lasti-1] & 0xff) {
	case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW, op.CALL_EX:
		return true
	}
	return false
}

// Lasti returns the index of the instruction the innermost frame executes next (0 when there is no
// frame). Within one frame a smaller index than at the previous hook means a jump back: a loop's turn,
// where CPython checks its eval breaker (JUMP_BACKWARD), even in a loop of one line.
func (t *Thread) Lasti() int {
	if t.frame == nil {
		return 0
	}
	return t.frame.lasti
}

// LineIn returns the line the innermost frame running code compiled from filename is executing, or
// 0 when no frame on the stack comes from that file. A host uses it to point at the script's own line
// while a library module written in Python (logging, multiprocessing) runs on the script's behalf.
func (t *Thread) LineIn(filename string) int {
	for f := t.frame; f != nil; f = f.back {
		if f.code.Filename == filename {
			return f.Line()
		}
	}
	return 0
}
