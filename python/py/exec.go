package py

import (
	"strings"

	"github.com/futurescope/futurescope/python/compile"
	"github.com/futurescope/futurescope/python/syntax"
)

// exec, eval and compile of source strings, as CPython runs them: code runs in the caller's globals
// and locals unless given dicts; a syntax error in the source is a SyntaxError the script can catch,
// printed (uncaught) with the source line and carets under the frames that ran exec.

func init() {
	RegisterBuiltins(map[string]BuiltinFunc{
		"exec": func(t *Thread, args []Object, kw []string) (Object, error) {
			_, err := t.execOrEval("exec", args, kw)
			return None, err
		},
		"eval": func(t *Thread, args []Object, kw []string) (Object, error) {
			return t.execOrEval("eval", args, kw)
		},
		"compile": builtinCompile,
	})
}

// execOrEval runs exec(source, globals=None, locals=None) or eval(...).
func (t *Thread) execOrEval(name string, args []Object, kw []string) (Object, error) {
	a, err := clinicArgs(name, args, kw, []string{"source", "globals", "locals"}, 1)
	if err != nil {
		return nil, err
	}
	var code *compile.Code
	switch src := a[0].(type) {
	case *CodeObject:
		code = src.Code
	case *Str, *Bytes:
		text := sourceText(src)
		if name == "eval" {
			text = strings.TrimLeft(text, " \t")
		}
		if code, err = t.compileString(text, "<string>", name); err != nil {
			return nil, err
		}
	default:
		return nil, Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
	}
	globals, locals, err := t.execNamespaces(name, a[1], a[2])
	if err != nil {
		return nil, err
	}
	if err := t.enter(); err != nil {
		return nil, err
	}
	f := t.newFrame(code, nil, globals, true)
	f.locals = locals
	r, err := t.eval(f, nil)
	t.depth--
	return r, err
}

// execNamespaces resolves exec's and eval's globals and locals: the caller's when None.
func (t *Thread) execNamespaces(name string, g, l Object) (globals, locals *Dict, err error) {
	if g == nil || g == None {
		if t.frame == nil {
			return nil, nil, Errorf(SystemErrorType, "%s(): no globals and no frame", name)
		}
		globals = t.frame.globals
		if l == nil || l == None {
			ld, ok := t.localsDict().(*Dict)
			if !ok {
				return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
			}
			return globals, ld, nil
		}
	} else {
		d, ok := g.(*Dict)
		if !ok {
			if name == "exec" {
				return nil, nil, Errorf(TypeErrorType, "exec() globals must be a dict, not %s", g.Type().Name)
			}
			return nil, nil, Errorf(TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		globals = d
	}
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", t.Interp.Modules["builtins"])
	}
	if l == nil || l == None {
		return globals, globals, nil
	}
	d, ok := l.(*Dict)
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
	}
	return globals, d, nil
}

// builtinCompile is compile(source, filename, mode): a code object exec and eval run.
func builtinCompile(t *Thread, args []Object, kw []string) (Object, error) {
	a, err := clinicArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3)
	if err != nil {
		return nil, err
	}
	var text string
	switch src := a[0].(type) {
	case *Str, *Bytes:
		text = sourceText(src)
	case *CodeObject:
		return src, nil
	default:
		return nil, Errorf(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	filename, ok := a[1].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'filename' must be str, not %s", a[1].Type().Name)
	}
	mode, ok := a[2].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'mode' must be str, not %s", a[2].Type().Name)
	}
	switch mode.S {
	case "exec", "eval", "single":
	default:
		return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	code, err := t.compileString(text, filename.S, mode.S)
	if err != nil {
		return nil, err
	}
	return &CodeObject{Code: code}, nil
}

func sourceText(o Object) string {
	if b, ok := o.(*Bytes); ok {
		return b.S
	}
	return o.(*Str).S
}

// compileString compiles source for mode "exec", "eval" or "single". Tracebacks show no line of
// it, as CPython's show none of "<string>". A syntax error returns as a SyntaxError exception.
func (t *Thread) compileString(text, filename, mode string) (*compile.Code, error) {
	mod, err := syntax.Parse(filename, []byte(text))
	var code *compile.Code
	if err == nil {
		if mode == "eval" {
			es, ok := evalExpr(mod)
			if !ok {
				err = evalSyntaxError(filename, text, mod)
			} else {
				code, err = compile.CompileEval(es, filename)
			}
		} else if mode == "single" {
			code, err = compile.CompileSingle(mod, filename, strings.Split(text, "\n"))
		} else {
			code, err = compile.Compile(mod, filename)
		}
	}
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return nil, syntaxException(se)
		}
		return nil, Errorf(SystemErrorType, "compile: %v", err)
	}
	return code, nil
}

// evalExpr returns the expression of a module that is one expression statement.
func evalExpr(mod *syntax.Module) (syntax.Expr, bool) {
	if len(mod.Body) != 1 {
		return nil, false
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil, false
	}
	return es.Value, true
}

// evalSyntaxError is eval's error for source that is not one expression: "invalid syntax" at the
// first statement that is not one.
func evalSyntaxError(filename, text string, mod *syntax.Module) *syntax.Error {
	lines := strings.Split(text, "\n")
	e := &syntax.Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: filename, Line: 1, Col: 1, EndLine: 1, EndCol: 1}
	for i, s := range mod.Body {
		if _, ok := s.(*syntax.ExprStmt); ok && i == 0 {
			continue
		}
		p, end := s.Pos(), s.End()
		e.Line, e.Col, e.EndLine, e.EndCol = p.Line, p.Col+1, end.Line, end.Col+1
		var target syntax.Expr // an assignment: CPython points at its operator
		switch a := s.(type) {
		case *syntax.Assign:
			target = a.Targets[0]
		case *syntax.AugAssign:
			target = a.Target
		case *syntax.AnnAssign:
			target = a.Target
		}
		if target != nil && target.End().Line == p.Line && p.Line-1 < len(lines) {
			line, c := lines[p.Line-1], target.End().Col
			for c < len(line) && (line[c] == ' ' || line[c] == '\t') {
				c++
			}
			end := c
			for end < len(line) && line[end] != '=' {
				end++ // an augmented assignment's operator: "+=", "**=", ...
			}
			e.Col, e.EndLine, e.EndCol = c+1, p.Line, min(end, len(line)-1)+2
		}
		break
	}
	if e.Line-1 < len(lines) {
		e.Text = lines[e.Line-1]
	}
	return e
}

// syntaxException makes the SyntaxError (or IndentationError, TabError) exception for a syntax
// error, with CPython's attributes: msg, filename, lineno, offset, text, end_lineno, end_offset.
func syntaxException(se *syntax.Error) *Exception {
	typ := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		typ = IndentationErrorType
	case "TabError":
		typ = TabErrorType
	}
	text := Object(None)
	if se.Text != "" {
		text = NewStr(se.Text)
	}
	details := []Object{NewStr(se.Filename), MakeInt(int64(se.Line)), MakeInt(int64(se.Col)), text,
		MakeInt(int64(se.EndLine)), MakeInt(int64(se.EndCol))}
	e := NewException(typ, NewStr(se.Msg), NewTuple(details))
	for i, name := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
		e.SetAttr(name, details[i])
	}
	e.SetAttr("msg", NewStr(se.Msg))
	e.syntax = se
	return e
}

// displayHook is sys.displayhook's default, run by compile's "single" mode: a value that is not None
// is printed as its repr to sys.stdout and kept as builtins._.
func (t *Thread) displayHook(v Object) error {
	if v == None {
		return nil
	}
	t.Interp.Builtins.SetStr("_", None)
	r, err := t.Repr(v)
	if err != nil {
		return err
	}
	print, _ := t.Interp.Builtins.GetStr("print")
	if _, err := t.Call(print, []Object{NewStr(r)}, nil); err != nil {
		return err
	}
	t.Interp.Builtins.SetStr("_", v)
	return nil
}
