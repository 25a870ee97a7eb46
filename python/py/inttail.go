package py

import op "github.com/futurescope/futurescope/python/compile"

// A tailKind says what the instructions intTail ran leave on the stack.
type tailKind uint8

const (
	tailInt  tailKind = iota // the int value
	tailBool                 // the bool value != 0
	tailNone                 // nothing: a jump popped the bool
)

// intTail runs from pc, after an int operation whose result v the eval loop holds unboxed, the
// instructions that can take it unboxed, as the loop would run them: int constants with the operations
// on them (`i * 104729 % 100003 + 1`), then a comparison with an int constant and the jumps on its result
// (`a % i == 0 and …`). Each counts as executed, and the host hook still comes where it would (the
// countdown never reaches 0 here); a chain stops where an operation would leave the fast path (an
// overflow), which the loop then runs as usual. It returns where execution goes on and what the
// instructions run leave on the stack in place of v.
func (t *Thread) intTail(code []op.Instr, consts []Object, pc int, v int64) (int, int64, tailKind) {
	for t.countdown > 2 && pc+1 < len(code) && op.Op(code[pc]&0xff) == op.LOAD_CONST && op.Op(code[pc+1]&0xff) == op.BINARY_OP {
		k, ok := consts[code[pc]>>8].(Int)
		if !ok {
			break
		}
		w, ok := intFast(int(code[pc+1]>>8)&15, v, int64(k))
		if !ok {
			break
		}
		t.countdown -= 2
		pc += 2
		v = w
	}
	if t.countdown > 2 && pc+1 < len(code) && op.Op(code[pc]&0xff) == op.LOAD_CONST && op.Op(code[pc+1]&0xff) == op.COMPARE_OP {
		if k, ok := consts[code[pc]>>8].(Int); ok {
			c := intCompare(int(code[pc+1]>>8), v, int64(k))
			t.countdown -= 2
			pc += 2
			var r int64
			if c {
				r = 1
			}
			if npc, n, kept := jumpOn(code, pc, c, int(t.countdown)-1); n > 0 {
				t.countdown -= uint64(n)
				if !kept {
					return npc, r, tailNone
				}
				pc = npc
			}
			return pc, r, tailBool
		}
	}
	return pc, v, tailInt
}

// pairOp runs, when LOAD_FAST loads the ints v and w and the instruction at pc is a BINARY_OP on
// them, that operation unboxed and intTail after it (`a % i == 0`), the two loads and the operation
// counted as executed. It reports false, having run nothing, when the operation would leave the fast
// path; otherwise it returns where execution goes on and the new stack pointer.
func (t *Thread) pairOp(code []op.Instr, consts []Object, stack []Object, sp, pc int, v, w Object) (int, int, bool) {
	x, ok := v.(Int)
	if !ok {
		return pc, sp, false
	}
	y, ok := w.(Int)
	if !ok {
		return pc, sp, false
	}
	r, ok := intFast(int(code[pc]>>8)&15, int64(x), int64(y))
	if !ok {
		return pc, sp, false
	}
	t.countdown -= 2
	pc++
	kind := tailInt
	if pc < len(code) && op.Op(code[pc]&0xff) == op.LOAD_CONST {
		pc, r, kind = t.intTail(code, consts, pc, r)
	}
	switch kind {
	case tailInt:
		stack[sp] = t.ints.make(r)
		sp++
	case tailBool:
		stack[sp] = NewBool(r != 0)
		sp++
	}
	return pc, sp, true
}
