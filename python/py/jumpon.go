package py

import op "github.com/futurescope/futurescope/python/compile"

// maxJumpOn bounds the instructions jumpOn runs in one go.
const maxJumpOn = 4

// jumpOn runs, from pc, the jumps that a truth value c known at the top of the stack takes, as the eval
// loop would: a conditional jump on c (POP_JUMP_IF_*, JUMP_IF_*_OR_POP), the conditional jumps on c at
// a JUMP_IF_*_OR_POP's target, and the unconditional jumps after them. It runs at most max
// instructions (fewer than the thread's countdown, so that the host hook comes where it would) and
// returns where execution goes on, how many instructions it ran (each counted as executed), and whether
// c is still on the stack. n is 0 when the instruction at pc is none of these.
func jumpOn(code []op.Instr, pc int, c bool, max int) (npc, n int, kept bool) {
	kept = true
	max = min(max, maxJumpOn)
	for ; n < max && pc < len(code); n++ {
		in := code[pc]
		switch op.Op(in & 0xff) {
		case op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE:
			if !kept {
				return pc, n, kept
			}
			kept = false
			if c == (op.Op(in&0xff) == op.POP_JUMP_IF_TRUE) {
				pc = int(in >> 8)
			} else {
				pc++
			}
		case op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP:
			if !kept {
				return pc, n, kept
			}
			if c == (op.Op(in&0xff) == op.JUMP_IF_TRUE_OR_POP) {
				pc = int(in >> 8)
			} else {
				kept = false
				pc++
			}
		case op.JUMP:
			pc = int(in >> 8)
		default:
			return pc, n, kept
		}
	}
	return pc, n, kept
}
