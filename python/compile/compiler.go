package compile

import (
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/futurescope/futurescope/python/syntax"
)

// Compile resolves the names of mod and compiles it to a module code object.
func Compile(mod *syntax.Module, filename string) (*Code, error) {
	return (&compiler{filename: filename, mod: mod}).compileAll(mod)
}

// compileAll compiles mod as module code with c's settings.
func (c *compiler) compileAll(mod *syntax.Module) (*Code, error) {
	b := &builder{c: c, scopes: map[syntax.Node]*scope{}}
	top := newScope(scopeModule, "<module>", nil)
	b.scopes[mod] = top
	b.stmts(top, mod.Body)
	if b.err != nil {
		return nil, b.err
	}
	if err := top.analyze(nil, c); err != nil {
		return nil, err
	}
	c.scopes = b.scopes
	code, err := c.compileModule(mod, top)
	if err != nil {
		return nil, err
	}
	code.Warnings = c.warnings
	return code, nil
}

type compiler struct {
	mod      *syntax.Module
	filename string
	// interactive is compile's "single" mode: module-level expression statements print their value.
	interactive bool
	warnings    []Warning
	scopes      map[syntax.Node]*scope
	u           *unit
}

type fblockKind int

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbHandler
	fbWith
)

type fblock struct {
	kind      fblockKind
	cont      int   // continue target (loops)
	breaks    []int // jumps to patch to the loop's exit
	finalbody []syntax.Stmt
	contFix   *[]int // continue jumps to patch (while loops: the bottom test)
	// temp marks a for loop over a call's or generator expression's result,
	// which nothing else references: leaving the loop early closes it, as
	// CPython's reference counting does.
	temp bool
	name string // handler's "as" name
}

// unit is the code object being compiled.
type unit struct {
	code     *Code
	scope    *scope
	consts   map[any]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int
	fblocks  []*fblock
	pos      Position
	parent   *unit
}

type bailout struct{ err error }

// errNode makes a SyntaxError spanning node n, with its source line.
func (c *compiler) errNode(n syntax.Node, format string, args ...any) *syntax.Error {
	e := c.mod.Error("SyntaxError", fmt.Sprintf(format, args...), n.Pos(), n.End())
	e.Filename = c.filename
	return e
}

// fail aborts compilation with a SyntaxError at node n.
func (c *compiler) fail(n syntax.Node, format string, args ...any) {
	panic(bailout{c.errNode(n, format, args...)})
}

func (c *compiler) newUnit(s *scope, name, qualname string, flags int, firstLine int) *unit {
	u := &unit{scope: s, consts: map[any]int{}, names: map[string]int{}, varnames: map[string]int{},
		cells: map[string]int{}, parent: c.u}
	u.code = &Code{Name: name, QualName: qualname, Filename: c.filename, Flags: flags, FirstLine: firstLine}
	for _, p := range s.params {
		u.addVar(p)
	}
	if s.kind != scopeModule && s.kind != scopeClass {
		for _, n := range s.order {
			if s.res[n] == resLocal || s.res[n] == resCell {
				u.addVar(n)
			}
		}
	}
	for _, n := range s.cellvars {
		u.cells[n] = len(u.code.CellVars)
		u.code.CellVars = append(u.code.CellVars, n)
		arg := -1
		if i, ok := u.varnames[n]; ok && i < len(s.params) {
			arg = i
		}
		u.code.Cell2Arg = append(u.code.Cell2Arg, arg)
	}
	for _, n := range s.freevars {
		u.cells[n] = len(u.code.CellVars) + len(u.code.FreeVars)
		u.code.FreeVars = append(u.code.FreeVars, n)
	}
	return u
}

func (u *unit) addVar(n string) int {
	if i, ok := u.varnames[n]; ok {
		return i
	}
	u.varnames[n] = len(u.code.Varnames)
	u.code.Varnames = append(u.code.Varnames, n)
	return u.varnames[n]
}

func (c *compiler) compileModule(mod *syntax.Module, s *scope) (code *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	c.u = c.newUnit(s, "<module>", "<module>", FlagModule, 1)
	c.u.pos = Position{Line: 1, EndLine: 1}
	if hasAnnotations(mod.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.body(mod.Body, true)
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	return c.finish(), nil
}

// body compiles a block, storing a leading docstring as __doc__ for modules.
func (c *compiler) body(stmts []syntax.Stmt, module bool) {
	if module && len(stmts) > 0 {
		if doc, ok := docstring(stmts); ok {
			c.setPos(stmts[0])
			c.loadConst(doc)
			c.storeName("__doc__")
			stmts = stmts[1:]
		}
	}
	for _, st := range stmts {
		c.stmt(st)
	}
}

// hasAnnotations reports an annotated simple name anywhere in a module or
// class body (not inside nested functions or classes).
func hasAnnotations(body []syntax.Stmt) bool {
	for _, st := range body {
		switch n := st.(type) {
		case *syntax.AnnAssign:
			if n.Simple == 1 {
				return true
			}
		case *syntax.If:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(n.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) || hasAnnotations(n.Finalbody) {
				return true
			}
			for _, h := range n.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func docstring(stmts []syntax.Stmt) (string, bool) {
	if len(stmts) == 0 {
		return "", false
	}
	if es, ok := stmts[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func (c *compiler) finish() *Code {
	code := c.u.code
	code.StackSize = stackDepth(code)
	return code
}

func (c *compiler) setPos(n syntax.Node) {
	p, e := n.Pos(), n.End()
	c.u.pos = Position{Line: int32(p.Line), Col: int32(p.Col), EndLine: int32(e.Line), EndCol: int32(e.Col)}
}

// emit appends an instruction at the current position; it returns its index.
func (c *compiler) emit(op Op, arg int) int {
	if arg > MaxArg || arg < 0 {
		panic(bailout{&syntax.Error{Kind: "SyntaxError", Msg: "too many constants or names", Filename: c.filename,
			Line: int(c.u.pos.Line)}})
	}
	code := c.u.code
	code.Code = append(code.Code, Instr(uint32(op)|uint32(arg)<<8))
	code.Pos = append(code.Pos, c.u.pos)
	return len(code.Code) - 1
}

// here returns the index of the next instruction.
func (c *compiler) here() int { return len(c.u.code.Code) }

// patch points jump instruction at to target.
func (c *compiler) patch(at, target int) {
	in := c.u.code.Code[at]
	c.u.code.Code[at] = Instr(uint32(in.Op()) | uint32(target)<<8)
}

type constKey struct {
	kind byte
	s    string
}

func (c *compiler) constIndex(v any) int {
	var key any
	switch x := v.(type) {
	case nil:
		key = constKey{'n', ""}
	case bool:
		key = constKey{'b', strconv.FormatBool(x)}
	case string:
		key = constKey{'s', x}
	case syntax.Bytes:
		key = constKey{'y', string(x)}
	case *big.Int:
		key = constKey{'i', x.String()}
	case float64:
		key = constKey{'f', strconv.FormatUint(math.Float64bits(x), 16)}
	case syntax.Ellipsis:
		key = constKey{'e', ""}
	}
	if key != nil {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
		c.u.consts[key] = len(c.u.code.Consts)
	}
	c.u.code.Consts = append(c.u.code.Consts, v)
	return len(c.u.code.Consts) - 1
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) nameIndex(n string) int {
	if i, ok := c.u.names[n]; ok {
		return i
	}
	c.u.names[n] = len(c.u.code.Names)
	c.u.code.Names = append(c.u.code.Names, n)
	return c.u.names[n]
}

// mangle applies private name mangling (__x inside class C becomes _C__x).
func (c *compiler) mangle(name string) string {
	if len(name) < 3 || name[0] != '_' || name[1] != '_' || (name[len(name)-1] == '_' && name[len(name)-2] == '_') {
		return name
	}
	for u := c.u; u != nil; u = u.parent {
		if u.scope.kind == scopeClass {
			cls := u.scope.name
			for len(cls) > 0 && cls[0] == '_' {
				cls = cls[1:]
			}
			if cls == "" {
				return name
			}
			for i := 0; i < len(name); i++ {
				if name[i] == '.' {
					return name
				}
			}
			return "_" + cls + name
		}
	}
	return name
}

func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	name = c.mangle(name)
	s := c.u.scope
	res, ok := s.res[name]
	if !ok {
		res = resGlobalImplicit
	}
	if s.kind == scopeClass && s.flags[" free "+name] != 0 && ctx == syntax.Load {
		res = resLocal // bound in the class body; methods see the outer cell
	}
	var op Op
	arg := 0
	switch {
	case res == resFree || res == resCell:
		arg = c.u.cells[name]
		switch ctx {
		case syntax.Load:
			op = LOAD_DEREF
			if s.kind == scopeClass {
				op = LOAD_CLASSDEREF
			}
		case syntax.Store:
			op = STORE_DEREF
		default:
			op = DELETE_DEREF
		}
	case res == resGlobalExplicit || (res == resGlobalImplicit && s.kind != scopeModule && s.kind != scopeClass):
		arg = c.nameIndex(name)
		op = [...]Op{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx]
	case res == resLocal && s.kind != scopeModule && s.kind != scopeClass:
		arg = c.u.varnames[name]
		op = [...]Op{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx]
	default:
		arg = c.nameIndex(name)
		op = [...]Op{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx]
	}
	c.emit(op, arg)
}

func (c *compiler) storeName(n string) { c.nameOp(n, syntax.Store) }
func (c *compiler) loadName(n string)  { c.nameOp(n, syntax.Load) }
