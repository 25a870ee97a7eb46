package py

import op "github.com/futurescope/futurescope/python/compile"

// Helpers for hosts that drive a Thread's hook (the simulator charges CPU time and hands the GIL over
// at the points CPython's eval loop checks for a switch: a call, a loop turning back, a built-in
// call's return).

// Depth returns the thread's Python call depth: 0 when no Python code runs.
func (t *Thread) Depth() int { return t.depth }

// Line returns the line the innermost Python frame is executing, or 0 when there is none. Inside a
// built-in function it is the line of the call.
func (t *Thread) Line() int {
	if t.frame == nil {
		return 0
	}
	return t.frame.Line()
}

// SetHookEvery makes the hook come after n more instructions, and every n from then on (Every); Steps
// keeps counting exactly.
func (t *Thread) SetHookEvery(n uint64) {
	if n == 0 {
		n = 1
	}
	t.Every, t.countdown = n, n
}

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
