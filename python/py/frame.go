package py

import (
	"github.com/futurescope/futurescope/python/compile"
)

// Frame is the execution state of one code object.
type Frame struct {
	code     *compile.Code
	info     *codeInfo
	fn       *Function
	globals  *Dict
	builtins *Dict
	// locals is the namespace of module and class-body code (LOAD_NAME).
	locals *Dict
	fast   []Object
	cells  []*Cell
	stack  []Object
	sp     int
	pc     int
	// lasti is the instruction being executed (for tracebacks).
	lasti  int
	blocks []block
	back   *Frame
	gen    *Generator
	mem    []Object
	// args are the arguments of the call that made the frame, which its caller holds until the call
	// returns (a root while it runs: finalize.go).
	args    []Object
	argsBuf []Object
	// serial tells this call from later ones reusing the Frame (sysframe.go).
	serial uint64
	// retry are watched objects whose proof failed because of the Go call this frame waits on,
	// proved again when it returns (finalize_retry.go).
	retry []Object
}

const (
	blockFinally = iota // SETUP_FINALLY: on exception jump to handler
	blockExcept         // inside an except/finally handler: restore prev on exit
)

type block struct {
	kind    uint8
	handler int32
	level   int32
	prev    *Exception
}

// newFrame prepares a frame for code, reusing the thread's frame at this
// depth unless the frame must outlive the call (generators).
func (t *Thread) newFrame(code *compile.Code, fn *Function, globals *Dict, own bool) *Frame {
	var f *Frame
	nfast := len(code.Varnames)
	need := nfast + code.StackSize
	if own {
		f = &Frame{mem: make([]Object, need)}
	} else {
		for t.depth >= len(t.pool) {
			t.pool = append(t.pool, &Frame{})
		}
		f = t.pool[t.depth]
		if cap(f.mem) < need {
			f.mem = make([]Object, need+8)
		}
		f.mem = f.mem[:need]
		clear(f.mem[:nfast])
		f.blocks = f.blocks[:0]
		f.gen = nil
		f.locals = nil
		f.args = nil
	}
	t.serial++
	f.serial = t.serial
	f.code = code
	f.info = codeInfoOf(code)
	f.fn = fn
	f.globals = globals
	f.builtins = t.Interp.Builtins
	f.fast = f.mem[:nfast:nfast]
	f.stack = f.mem[nfast:]
	f.sp = 0
	f.pc = 0
	f.lasti = 0
	ncells := len(code.CellVars) + len(code.FreeVars)
	if ncells > 0 {
		f.cells = make([]*Cell, ncells)
		for i := range code.CellVars {
			f.cells[i] = &Cell{}
		}
		if fn != nil {
			copy(f.cells[len(code.CellVars):], fn.Closure)
		}
	} else {
		f.cells = nil
	}
	return f
}

// initCells moves parameters that are cells into their cells.
func (f *Frame) initCells() {
	for i, a := range f.code.Cell2Arg {
		if a >= 0 {
			f.cells[i].V = f.fast[a]
			f.fast[a] = nil
		}
	}
}

// Line returns the line being executed.
func (f *Frame) Line() int {
	if f.lasti < len(f.code.Pos) {
		return int(f.code.Pos[f.lasti].Line)
	}
	return 0
}
