package compile

// Op is an opcode. The stack effects are written as before -- after.
type Op uint8

// The instruction set.
const (
	NOP                  Op = iota
	POP_TOP                 // x --
	ROT_TWO                 // a b -- b a
	ROT_THREE               // a b c -- c a b
	ROT_FOUR                // a b c d -- d a b c
	DUP_TOP                 // x -- x x
	DUP_TOP_TWO             // a b -- a b a b
	LOAD_CONST              // -- Consts[arg]
	LOAD_FAST               // -- local arg (UnboundLocalError if unset)
	STORE_FAST              // x --
	DELETE_FAST             //
	LOAD_DEREF              // -- cell arg's value
	STORE_DEREF             // x --
	DELETE_DEREF            //
	LOAD_CLASSDEREF         // -- namespace[name of cell arg] or the cell's value (class bodies)
	LOAD_CLOSURE            // -- cell arg
	LOAD_GLOBAL             // -- globals/builtins Names[arg]
	STORE_GLOBAL            // x --
	DELETE_GLOBAL           //
	LOAD_NAME               // -- namespace, globals, builtins
	STORE_NAME              // x --
	DELETE_NAME             //
	LOAD_ATTR               // obj -- obj.Names[arg]
	STORE_ATTR              // value obj --
	DELETE_ATTR             // obj --
	LOAD_METHOD             // obj -- meth self | obj -- NULL bound
	CALL_METHOD             // meth self args... -- result (arg positional args)
	CALL_METHOD_KW          // meth self args... kwnames -- result (arg args, names tuple on top)
	CALL                    // f args... -- result
	CALL_KW                 // f args... kwnames -- result
	CALL_EX                 // f argstuple [kwdict] -- result (arg&1: kwdict present)
	BINARY_OP               // a b -- a op b (arg: syntax.Operator; +16 for in-place)
	UNARY_NEGATIVE          // x -- -x
	UNARY_POSITIVE          // x -- +x
	UNARY_NOT               // x -- not x
	UNARY_INVERT            // x -- ~x
	COMPARE_OP              // a b -- a op b (arg: syntax.CmpOperator Eq..GtE)
	IS_OP                   // a b -- a is b (arg 1: is not)
	CONTAINS_OP             // a b -- a in b (arg 1: not in)
	BINARY_SUBSCR           // obj key -- obj[key]
	STORE_SUBSCR            // value obj key --
	DELETE_SUBSCR           // obj key --
	BUILD_SLICE             // start stop [step] -- slice (arg 2 or 3)
	BUILD_TUPLE             // items... -- tuple
	BUILD_LIST              // items... -- list
	BUILD_SET               // items... -- set
	BUILD_MAP               // k v ... -- dict (arg pairs)
	BUILD_STRING            // strs... -- str
	LIST_APPEND             // list ... x -- list ... (list at depth arg)
	SET_ADD                 // set ... x -- set ...
	MAP_ADD                 // dict ... k v -- dict ...
	LIST_EXTEND             // list ... it -- list ...
	SET_UPDATE              // set ... it -- set ...
	DICT_UPDATE             // dict ... m -- dict ...
	DICT_MERGE              // dict ... m -- dict ... (duplicate keys are a call error)
	LIST_TO_TUPLE           // list -- tuple
	UNPACK_SEQUENCE         // seq -- items (last item on top... first on top)
	UNPACK_EX               // seq -- items (arg: before | after<<8)
	JUMP                    // jump to arg
	POP_JUMP_IF_FALSE       // x --
	POP_JUMP_IF_TRUE        // x --
	JUMP_IF_FALSE_OR_POP    // x -- x (jumped) | --
	JUMP_IF_TRUE_OR_POP     //
	GET_ITER                // x -- iter(x)
	FOR_ITER                // it -- it next | -- (exhausted: jump to arg)
	MAKE_FUNCTION           // [defaults] [kwdefaults] [closure] code qualname -- func (arg: 1 defaults, 2 kwdefaults, 4 closure)
	RETURN_VALUE            // x --
	YIELD_VALUE             // x -- sent
	GET_YIELD_FROM_ITER     // x -- iter
	YIELD_FROM              // it v -- result (delegation: resumes here until it is exhausted)
	SETUP_FINALLY           // push a handler block jumping to arg
	POP_BLOCK               // pop the handler block
	POP_EXCEPT              // leave an except clause: restore the previously handled exception
	RERAISE                 // exc -- (re-raise without a new traceback entry)
	RAISE_VARARGS           // [exc [cause]] -- (arg 0: bare raise)
	CHECK_EXC_MATCH         // exc type -- exc bool
	BEFORE_WITH             // mgr -- exit enter_result
	WITH_EXCEPT             // exit exc -- exit exc bool (calls exit(type, exc, tb))
	WITH_EXIT               // exit -- (calls exit(None, None, None))
	LOAD_BUILD_CLASS        // -- __build_class__
	IMPORT_NAME             // fromlist -- module (Names[arg]; arg of level in the fromlist tuple position)
	IMPORT_FROM             // module -- module attr
	IMPORT_STAR             // module --
	FORMAT_VALUE            // x [spec] -- str (arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: spec)
	LOAD_ASSERTION_ERROR    // -- AssertionError
	SETUP_ANNOTATIONS       // namespace['__annotations__'] = {} if absent
	PUSH_NULL               // -- NULL (for CALL_METHOD of a plain call)
	CLOSE_ITER              // it -- (closes a generator a for loop created and leaves early)
	PRINT_EXPR              // x -- (compile's "single" mode: sys.displayhook(x))
	numOps
)

var opNames = [...]string{"NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP", "DUP_TOP_TWO",
	"LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
	"LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME",
	"STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD",
	"CALL_METHOD_KW", "CALL", "CALL_KW", "CALL_EX", "BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE",
	"UNARY_NOT", "UNARY_INVERT", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR",
	"DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_STRING",
	"LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE",
	"LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
	"JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "MAKE_FUNCTION", "RETURN_VALUE",
	"YIELD_VALUE", "GET_YIELD_FROM_ITER", "YIELD_FROM", "SETUP_FINALLY", "POP_BLOCK", "POP_EXCEPT",
	"RERAISE", "RAISE_VARARGS", "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXCEPT", "WITH_EXIT",
	"LOAD_BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "FORMAT_VALUE",
	"LOAD_ASSERTION_ERROR", "SETUP_ANNOTATIONS", "PUSH_NULL", "CLOSE_ITER", "PRINT_EXPR"}

// String returns the opcode's name.
func (op Op) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return "OP?"
}

type argKind int

const (
	argNone argKind = iota
	argNum
	argConst
	argName
	argLocal
	argCell
)

func (op Op) argKind() argKind {
	switch op {
	case LOAD_CONST:
		return argConst
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return argLocal
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE:
		return argCell
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR,
		STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return argName
	case NOP, POP_TOP, ROT_TWO, ROT_THREE, ROT_FOUR, DUP_TOP, DUP_TOP_TWO, UNARY_NEGATIVE, UNARY_POSITIVE,
		UNARY_NOT, UNARY_INVERT, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, LIST_TO_TUPLE, GET_ITER,
		RETURN_VALUE, YIELD_VALUE, GET_YIELD_FROM_ITER, YIELD_FROM, POP_BLOCK, POP_EXCEPT, RERAISE,
		CHECK_EXC_MATCH, BEFORE_WITH, WITH_EXCEPT, WITH_EXIT, LOAD_BUILD_CLASS, IMPORT_STAR,
		LOAD_ASSERTION_ERROR, SETUP_ANNOTATIONS, PUSH_NULL, CLOSE_ITER:
		return argNone
	}
	return argNum
}

// HasArg reports whether the opcode uses its argument.
func (op Op) HasArg() bool { return op.argKind() != argNone }

// IsJump reports whether the argument is an instruction index.
func (op Op) IsJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER,
		SETUP_FINALLY:
		return true
	}
	return false
}
