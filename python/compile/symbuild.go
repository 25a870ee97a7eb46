package compile

import (
	"github.com/futurescope/futurescope/python/syntax"
)

// builder walks the tree once, creating a scope per function, class,
// lambda and comprehension and recording how each scope uses each name.
type builder struct {
	c      *compiler
	scopes map[syntax.Node]*scope
	err    error
}

func (b *builder) fail(n syntax.Node, format string, args ...any) {
	if b.err == nil {
		b.err = b.c.errNode(n, format, args...)
	}
}

// mangle applies private name mangling for names used inside class C.
func mangleIn(s *scope, name string) string {
	if len(name) < 3 || name[0] != '_' || name[1] != '_' || (name[len(name)-1] == '_' && name[len(name)-2] == '_') {
		return name
	}
	for ; s != nil; s = s.parent {
		if s.kind == scopeClass {
			cls := s.name
			for len(cls) > 0 && cls[0] == '_' {
				cls = cls[1:]
			}
			if cls == "" {
				return name
			}
			return "_" + cls + name
		}
	}
	return name
}

func (b *builder) stmts(s *scope, body []syntax.Stmt) {
	for _, st := range body {
		b.stmt(s, st)
	}
}

func (b *builder) params(s *scope, a *syntax.Arguments) {
	seen := map[string]bool{}
	add := func(arg *syntax.Arg) {
		if seen[arg.Arg] {
			b.fail(arg, "duplicate argument '%s' in function definition", arg.Arg)
		}
		seen[arg.Arg] = true
		s.add(arg.Arg, symParam, arg)
		s.params = append(s.params, mangleIn(s.parent, arg.Arg))
	}
	for _, p := range a.Posonlyargs {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	for _, p := range a.Kwonlyargs {
		add(p)
	}
	if a.Vararg != nil {
		add(a.Vararg)
		s.hasVarargs = true
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
		s.hasVarkw = true
	}
}

func (b *builder) argDefaults(s *scope, a *syntax.Arguments) {
	b.exprs(s, a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(s, d)
		}
	}
}

// argAnnotations visits a def's annotations, evaluated where the def runs.
func (b *builder) argAnnotations(s *scope, a *syntax.Arguments, returns syntax.Expr) {
	for _, group := range [][]*syntax.Arg{a.Posonlyargs, a.Args, {a.Vararg}, a.Kwonlyargs, {a.Kwarg}} {
		for _, arg := range group {
			if arg != nil && arg.Annotation != nil {
				b.expr(s, arg.Annotation)
			}
		}
	}
	if returns != nil {
		b.expr(s, returns)
	}
}

func (b *builder) stmt(s *scope, st syntax.Stmt) {
	switch n := st.(type) {
	case *syntax.FunctionDef:
		b.exprs(s, n.DecoratorList)
		b.argDefaults(s, n.Args)
		b.argAnnotations(s, n.Args, n.Returns)
		s.add(n.Name, symLocal, n)
		fs := newScope(scopeFunction, n.Name, s)
		b.scopes[n] = fs
		b.params(fs, n.Args)
		b.stmts(fs, n.Body)
	case *syntax.ClassDef:
		b.exprs(s, n.DecoratorList)
		b.exprs(s, n.Bases)
		for _, k := range n.Keywords {
			b.expr(s, k.Value)
		}
		s.add(n.Name, symLocal, n)
		cs := newScope(scopeClass, n.Name, s)
		b.scopes[n] = cs
		b.stmts(cs, n.Body)
	case *syntax.Return:
		if n.Value != nil {
			b.expr(s, n.Value)
		}
	case *syntax.Delete:
		b.exprs(s, n.Targets)
	case *syntax.Assign:
		b.expr(s, n.Value)
		b.exprs(s, n.Targets)
	case *syntax.AugAssign:
		b.expr(s, n.Value)
		if nm, ok := n.Target.(*syntax.Name); ok {
			s.add(nm.Id, symLocal|symUse, nm)
		} else {
			b.expr(s, n.Target)
		}
	case *syntax.AnnAssign:
		if n.Value != nil {
			b.expr(s, n.Value)
		}
		if _, ok := n.Target.(*syntax.Name); ok && n.Simple == 1 && (s.kind == scopeModule || s.kind == scopeClass) {
			b.expr(s, n.Annotation)
		}
		if nm, ok := n.Target.(*syntax.Name); ok {
			if n.Value != nil || s.kind != scopeFunction {
				s.add(nm.Id, symLocal, nm)
			} else {
				s.add(nm.Id, symLocal, nm)
			}
		} else {
			b.expr(s, n.Target)
		}
	case *syntax.For:
		b.expr(s, n.Iter)
		b.expr(s, n.Target)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *syntax.While:
		b.expr(s, n.Test)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *syntax.If:
		b.expr(s, n.Test)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *syntax.With:
		for _, it := range n.Items {
			b.expr(s, it.ContextExpr)
			if it.OptionalVars != nil {
				b.expr(s, it.OptionalVars)
			}
		}
		b.stmts(s, n.Body)
	case *syntax.Raise:
		if n.Exc != nil {
			b.expr(s, n.Exc)
		}
		if n.Cause != nil {
			b.expr(s, n.Cause)
		}
	case *syntax.Try:
		b.stmts(s, n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				b.expr(s, h.Type)
			}
			if h.Name != "" {
				s.add(h.Name, symLocal, h)
			}
			b.stmts(s, h.Body)
		}
		b.stmts(s, n.Orelse)
		b.stmts(s, n.Finalbody)
	case *syntax.Assert:
		b.expr(s, n.Test)
		if n.Msg != nil {
			b.expr(s, n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			s.add(name, symLocal, a)
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if s.kind != scopeModule {
					b.fail(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			s.add(name, symLocal, a)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			f := s.flags[name]
			switch {
			case f&symParam != 0:
				b.fail(n, "name '%s' is parameter and global", name)
			case f&symNonlocal != 0:
				b.fail(n, "name '%s' is nonlocal and global", name)
			case f&symLocal != 0:
				b.fail(n, "name '%s' is assigned to before global declaration", name)
			case f&symUse != 0:
				b.fail(n, "name '%s' is used prior to global declaration", name)
			}
			s.add(name, symGlobal, n)
		}
	case *syntax.Nonlocal:
		for _, name := range n.Names {
			f := s.flags[name]
			switch {
			case f&symParam != 0:
				b.fail(n, "name '%s' is parameter and nonlocal", name)
			case f&symGlobal != 0:
				b.fail(n, "name '%s' is nonlocal and global", name)
			case f&symLocal != 0:
				b.fail(n, "name '%s' is assigned to before nonlocal declaration", name)
			case f&symUse != 0:
				b.fail(n, "name '%s' is used prior to nonlocal declaration", name)
			}
			if s.kind == scopeModule {
				b.fail(n, "nonlocal declaration not allowed at module level")
				return
			}
			s.add(name, symNonlocal, n)
		}
	case *syntax.ExprStmt:
		b.expr(s, n.Value)
	}
}

func (b *builder) exprs(s *scope, es []syntax.Expr) {
	for _, e := range es {
		b.expr(s, e)
	}
}

func (b *builder) expr(s *scope, e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		switch n.Ctx {
		case syntax.Load:
			s.add(n.Id, symUse, n)
			if n.Id == "super" && s.isFunctionLike() {
				s.add("__class__", symUse, n)
			}
		default:
			s.add(n.Id, symLocal, n)
		}
	case *syntax.BoolOp:
		b.exprs(s, n.Values)
	case *syntax.NamedExpr:
		b.expr(s, n.Value)
		nm := n.Target.(*syntax.Name)
		if s.kind == scopeComp || s.kind == scopeGenExpr {
			// The target binds in the nearest enclosing non-comprehension scope.
			outer := s
			for outer.kind == scopeComp || outer.kind == scopeGenExpr {
				outer = outer.parent
			}
			if outer.kind == scopeClass {
				b.fail(n, "assignment expression within a comprehension cannot be used in a class body")
				return
			}
			for t := s; t != outer; t = t.parent {
				if outer.kind == scopeModule {
					t.add(nm.Id, symGlobal, nm)
				} else {
					t.add(nm.Id, symNonlocal, nm)
				}
			}
			if outer.kind == scopeModule {
				outer.add(nm.Id, symLocal, nm)
			} else if outer.flags[nm.Id]&symGlobal == 0 {
				outer.add(nm.Id, symLocal, nm)
			}
			return
		}
		s.add(nm.Id, symLocal, nm)
	case *syntax.BinOp:
		b.expr(s, n.Left)
		b.expr(s, n.Right)
	case *syntax.UnaryOp:
		b.expr(s, n.Operand)
	case *syntax.Lambda:
		b.argDefaults(s, n.Args)
		fs := newScope(scopeFunction, "<lambda>", s)
		b.scopes[n] = fs
		b.params(fs, n.Args)
		b.expr(fs, n.Body)
	case *syntax.IfExp:
		b.expr(s, n.Test)
		b.expr(s, n.Body)
		b.expr(s, n.Orelse)
	case *syntax.Dict:
		for i, k := range n.Keys {
			if k != nil {
				b.expr(s, k)
			}
			b.expr(s, n.Values[i])
		}
	case *syntax.Set:
		b.exprs(s, n.Elts)
	case *syntax.ListComp:
		b.comp(s, n, scopeComp, "<listcomp>", n.Generators, n.Elt)
	case *syntax.SetComp:
		b.comp(s, n, scopeComp, "<setcomp>", n.Generators, n.Elt)
	case *syntax.DictComp:
		b.comp(s, n, scopeComp, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		b.comp(s, n, scopeGenExpr, "<genexpr>", n.Generators, n.Elt)
	case *syntax.Yield:
		b.yield(s, n)
		if n.Value != nil {
			b.expr(s, n.Value)
		}
	case *syntax.YieldFrom:
		b.yield(s, n)
		b.expr(s, n.Value)
	case *syntax.Compare:
		b.expr(s, n.Left)
		b.exprs(s, n.Comparators)
	case *syntax.Call:
		b.expr(s, n.Func)
		b.exprs(s, n.Args)
		for _, k := range n.Keywords {
			b.expr(s, k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(s, n.Value)
		if n.FormatSpec != nil {
			b.expr(s, n.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(s, n.Values)
	case *syntax.Attribute:
		b.expr(s, n.Value)
	case *syntax.Subscript:
		b.expr(s, n.Value)
		b.expr(s, n.Slice)
	case *syntax.Starred:
		b.expr(s, n.Value)
	case *syntax.List:
		b.exprs(s, n.Elts)
	case *syntax.Tuple:
		b.exprs(s, n.Elts)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{n.Lower, n.Upper, n.Step} {
			if x != nil {
				b.expr(s, x)
			}
		}
	}
}

func (b *builder) yield(s *scope, n syntax.Node) {
	switch s.kind {
	case scopeFunction:
		s.generator = true
	case scopeComp:
		kind := map[string]string{"<listcomp>": "list comprehension", "<setcomp>": "set comprehension",
			"<dictcomp>": "dict comprehension"}[s.name]
		b.fail(n, "'yield' inside %s", kind)
	case scopeGenExpr:
		b.fail(n, "'yield' inside generator expression")
	default:
		b.fail(n, "'yield' outside function")
	}
}

func (b *builder) comp(s *scope, n syntax.Expr, kind scopeKind, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	b.expr(s, gens[0].Iter)
	cs := newScope(kind, name, s)
	b.scopes[n] = cs
	cs.add(".0", symParam, n)
	cs.params = append(cs.params, ".0")
	if kind == scopeGenExpr {
		cs.generator = true
	}
	for i, g := range gens {
		if i > 0 {
			b.expr(cs, g.Iter)
		}
		b.expr(cs, g.Target)
		b.exprs(cs, g.Ifs)
	}
	b.exprs(cs, elts)
}
