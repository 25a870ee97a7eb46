package compile

import "math/bits"

// stackEffect returns the depth change of an instruction when it falls
// through and when it jumps.
func stackEffect(op Op, arg int) (fall, jump int) {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
		LOAD_ATTR, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, LIST_TO_TUPLE, GET_ITER,
		YIELD_VALUE, GET_YIELD_FROM_ITER, POP_BLOCK, POP_EXCEPT, CHECK_EXC_MATCH, JUMP, SETUP_ANNOTATIONS:
		return 0, 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_OP, COMPARE_OP,
		IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, RETURN_VALUE, YIELD_FROM, RERAISE, WITH_EXIT, IMPORT_NAME, IMPORT_STAR, CLOSE_ITER, PRINT_EXPR:
		return -1, -1
	case DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
		LOAD_METHOD, BEFORE_WITH, WITH_EXCEPT, LOAD_BUILD_CLASS, IMPORT_FROM, LOAD_ASSERTION_ERROR, PUSH_NULL:
		return 1, 1
	case DUP_TOP_TWO:
		return 2, 2
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2, -2
	case STORE_SUBSCR:
		return -3, -3
	case CALL_METHOD:
		return -(arg + 1), 0
	case CALL_METHOD_KW:
		return -(arg + 2), 0
	case CALL:
		return -arg, 0
	case CALL_KW:
		return -(arg + 1), 0
	case CALL_EX:
		return -(1 + arg&1), 0
	case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg, 0
	case BUILD_MAP:
		return 1 - 2*arg, 0
	case UNPACK_SEQUENCE:
		return arg - 1, 0
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8), 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1, -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0
	case FOR_ITER:
		return 1, -1
	case MAKE_FUNCTION:
		return -1 - bits.OnesCount(uint(arg&15)), 0
	case SETUP_FINALLY:
		return 0, 1
	case RAISE_VARARGS:
		return -arg, 0
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1, 0
		}
		return 0, 0
	}
	return 0, 0
}

// stackDepth computes the largest stack depth any path through code reaches.
func stackDepth(code *Code) int {
	n := len(code.Code)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	visit := func(i, d int) {
		if i > n || d <= depth[i] {
			return
		}
		depth[i] = d
		work = append(work, i)
	}
	visit(0, 0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		for i < n {
			in := code.Code[i]
			op := in.Op()
			fall, jump := stackEffect(op, in.Arg())
			if op.IsJump() {
				jd := d + jump
				if jd > maxDepth {
					maxDepth = jd
				}
				visit(in.Arg(), jd)
			}
			d += fall
			if d > maxDepth {
				maxDepth = d
			}
			if op == JUMP || op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS {
				break
			}
			i++
			if i < n && d <= depth[i] {
				break
			}
			if i < n {
				depth[i] = d
			}
		}
	}
	return maxDepth + 2
}
