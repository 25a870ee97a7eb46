package compile

import (
	"github.com/futurescope/futurescope/python/syntax"
)

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComp    // list/set/dict comprehension
	scopeGenExpr // generator expression
)

// symbol flags collected while walking a scope.
const (
	symLocal      = 1 << iota // bound here
	symParam                  // a parameter
	symGlobal                 // declared global
	symNonlocal               // declared nonlocal
	symUse                    // read here
	symCompWalrus             // bound by := inside a nested comprehension
)

// Resolution of a name in a scope.
type nameScope int

const (
	resGlobalImplicit nameScope = iota
	resGlobalExplicit
	resLocal
	resFree
	resCell
)

type scope struct {
	kind     scopeKind
	name     string
	parent   *scope
	children []*scope
	flags    map[string]int
	order    []string // names in first-seen order
	params   []string
	res      map[string]nameScope

	generator  bool
	hasVarargs bool
	hasVarkw   bool
	// needsClassCell is set on a class whose methods use __class__ or super.
	needsClassCell bool
	cellvars       []string
	freevars       []string
	firstPos       map[string]syntax.Node // where a name was first used, for errors
}

func newScope(kind scopeKind, name string, parent *scope) *scope {
	s := &scope{kind: kind, name: name, parent: parent, flags: map[string]int{}, res: map[string]nameScope{},
		firstPos: map[string]syntax.Node{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) add(name string, flag int, n syntax.Node) {
	if s.kind == scopeClass {
		name = mangleIn(s, name)
	} else if s.parent != nil {
		name = mangleIn(s.parent, name)
	}
	f, ok := s.flags[name]
	if !ok {
		s.order = append(s.order, name)
	}
	if !ok || flag&(symNonlocal|symGlobal) != 0 {
		s.firstPos[name] = n
	}
	s.flags[name] = f | flag
}

func (s *scope) isFunctionLike() bool {
	return s.kind == scopeFunction || s.kind == scopeComp || s.kind == scopeGenExpr
}

// analyze resolves every name of s and its children. bound holds the names
// bound by enclosing function scopes (visible as free variables).
func (s *scope) analyze(bound map[string]bool, c *compiler) error {
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&symGlobal != 0:
			s.res[name] = resGlobalExplicit
		case f&symNonlocal != 0:
			if !bound[name] {
				return c.errNode(s.firstPos[name], "no binding for nonlocal '%s' found", name)
			}
			s.res[name] = resFree
		case f&(symLocal|symParam) != 0:
			if s.kind == scopeModule {
				s.res[name] = resGlobalImplicit
			} else {
				s.res[name] = resLocal
			}
		case bound[name]:
			s.res[name] = resFree
		default:
			s.res[name] = resGlobalImplicit
		}
	}
	var childBound map[string]bool
	switch s.kind {
	case scopeModule:
		childBound = map[string]bool{}
	case scopeClass:
		childBound = copySet(bound)
		childBound["__class__"] = true
	default:
		childBound = copySet(bound)
		for _, name := range s.order {
			switch s.res[name] {
			case resLocal, resFree:
				childBound[name] = true
			case resGlobalExplicit:
				delete(childBound, name)
			}
		}
	}
	for _, ch := range s.children {
		if err := ch.analyze(childBound, c); err != nil {
			return err
		}
		for _, name := range ch.freevars {
			if s.kind == scopeClass && name == "__class__" {
				s.needsClassCell = true
				continue
			}
			r, ok := s.res[name]
			switch {
			case ok && r == resLocal && s.kind != scopeClass:
				s.res[name] = resCell
			case ok && (r == resCell || r == resFree) && s.kind != scopeClass:
			case s.kind == scopeModule:
			default:
				// Passes through this scope: a free variable here too.
				if !ok {
					s.order = append(s.order, name)
					s.res[name] = resFree
				} else if s.kind == scopeClass {
					s.addClassFree(name)
					continue
				}
			}
		}
	}
	for _, name := range s.order {
		switch s.res[name] {
		case resCell:
			s.cellvars = append(s.cellvars, name)
		case resFree:
			s.freevars = append(s.freevars, name)
		}
	}
	if s.needsClassCell {
		s.cellvars = append(s.cellvars, "__class__")
	}
	return nil
}

// classFree lists names a class body both binds and passes to methods as free.
func (s *scope) addClassFree(name string) {
	for _, n := range s.freevars {
		if n == name {
			return
		}
	}
	s.freevars = append(s.freevars, name)
	s.flags[" free "+name] = 1
}

func copySet(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m)+4)
	for k, v := range m {
		c[k] = v
	}
	return c
}
