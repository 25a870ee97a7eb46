package py

// Helpers for hosts that drive a Thread's hook (the simulator charges CPU time and hands the GIL over
// at the points CPython's eval loop checks for a switch: a call, a loop turning back).

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
