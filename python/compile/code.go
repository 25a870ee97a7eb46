// Package compile turns a python/syntax tree into bytecode for python/py:
// it resolves every name to a local slot, a cell, a global or a class/module
// namespace entry (CPython's symtable rules: global, nonlocal, class bodies,
// comprehension and generator-expression scopes, the implicit __class__ cell
// for zero-argument super()), reports CPython's compile-time SyntaxErrors as
// *syntax.Error, and emits a flat instruction array with a source range per
// instruction (for tracebacks with carets) and a block-based scheme for
// try/except/finally and with.
package compile

import (
	"fmt"
	"strings"
)

// Instr is one instruction: the opcode in the low 8 bits, the argument above.
type Instr uint32

// Op returns the opcode.
func (i Instr) Op() Op { return Op(i & 0xff) }

// Arg returns the argument.
func (i Instr) Arg() int { return int(i >> 8) }

// MaxArg is the largest instruction argument.
const MaxArg = 1<<24 - 1

// Position is an instruction's source range: lines from 1, columns from 0 in
// UTF-8 bytes, end exclusive (CPython's co_positions). Line 0: no position.
type Position struct {
	Line, Col, EndLine, EndCol int32
}

// Code flags.
const (
	FlagGenerator = 1 << iota // the code's frame is a generator
	FlagVarargs               // has *args
	FlagVarkw                 // has **kwargs
	FlagClassBody             // a class body (names go to the namespace)
	FlagModule                // a module body
	FlagInlined               // a list/set/dict comprehension (CPython 3.12+ inlines them: no traceback frame)
	FlagNested                // defined inside a function (affects nothing at run time)
)

// Code is a compiled function, class body, comprehension or module.
type Code struct {
	Name     string
	QualName string
	Filename string
	Flags    int

	// Parameters: ArgCount positional (PosOnlyCount of them positional-only),
	// then KwOnlyCount keyword-only; then *args and **kwargs slots if flagged.
	ArgCount, PosOnlyCount, KwOnlyCount int

	Code   []Instr
	Pos    []Position // one per instruction
	Consts []any      // *big.Int, float64, complex128, string, syntax.Bytes, bool, nil, syntax.Ellipsis, *Code, Tuple
	Names  []string   // attribute, global and namespace names

	Varnames []string // local slots, parameters first
	CellVars []string // cells created by this frame
	FreeVars []string // cells received from the closure
	// Cell2Arg maps a cell index to the parameter slot it is initialized
	// from, or -1.
	Cell2Arg []int
	// FirstLine is the line of the def (or 1 for a module).
	FirstLine int
	// StackSize bounds the value stack.
	StackSize int
	// Docstring is the first statement's string constant, if any (nil otherwise).
	Doc any

	// Warnings are the module's compile-time SyntaxWarnings (module code only).
	Warnings []Warning

	// Runtime belongs to the interpreter: it caches per-code state (constants
	// converted to objects) there.
	Runtime any
}

// Tuple is a constant tuple (of constants).
type Tuple []any

// FrozenSet is a constant frozenset: a set display of three or more
// constants, which CPython builds from a folded frozenset (so its iteration
// order is that of a frozenset re-built from the display's set).
type FrozenSet []any

// HasFlag reports whether all bits of f are set.
func (c *Code) HasFlag(f int) bool { return c.Flags&f == f }

// Disassemble lists the instructions, one per line: offset, line, opcode,
// argument and what it refers to. Nested code objects follow.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.dis(&b)
	return b.String()
}

func (c *Code) dis(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%s)\n", c.QualName, c.Filename)
	for i, in := range c.Code {
		op, arg := in.Op(), in.Arg()
		fmt.Fprintf(b, "%4d %4d %-22s", i, c.Pos[i].Line, op)
		if op.HasArg() {
			fmt.Fprintf(b, " %d", arg)
			switch op.argKind() {
			case argConst:
				if sub, ok := c.Consts[arg].(*Code); ok {
					fmt.Fprintf(b, " (code %s)", sub.QualName)
				} else {
					fmt.Fprintf(b, " (%#v)", c.Consts[arg])
				}
			case argName:
				fmt.Fprintf(b, " (%s)", c.Names[arg])
			case argLocal:
				fmt.Fprintf(b, " (%s)", c.Varnames[arg])
			case argCell:
				fmt.Fprintf(b, " (%s)", c.cellName(arg))
			}
		}
		b.WriteByte('\n')
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteByte('\n')
			sub.dis(b)
		}
	}
}

func (c *Code) cellName(i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	if i-len(c.CellVars) < len(c.FreeVars) {
		return c.FreeVars[i-len(c.CellVars)]
	}
	return "?"
}
