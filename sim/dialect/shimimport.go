package script

import "strings"

// importName is one name bound by an import statement.
type importName struct {
	name   string // module attribute, or module, that is read
	alias  string // name bound: name itself without "as"
	at     posKey // position of name
	bindAt posKey // position of alias (of name without "as")
}

// importClause is what one module of an import statement binds:
//
//	import a.b        module "a.b", no alias: binds a, the top package
//	import a.b as c   module "a.b", alias c: binds the module itself
//	from a import x   module "a", names [x]
//	from a import *   module "a", star
type importClause struct {
	module string
	at     posKey      // position of the module name
	alias  *importName // import … as
	names  []importName
	star   bool
}

// importPatch records an import statement, which became "pass".
type importPatch struct {
	pos     posKey
	clauses []importClause
}

// importStmt shims "import …" and "from … import …".
func (s *shimmer) importStmt(stmt []token) {
	var p *importPatch
	if stmt[0].is("import") {
		p = s.parseImport(stmt)
	} else {
		p = s.parseFrom(stmt)
	}
	if p != nil {
		s.stmtPatch(stmt, p)
	}
}

// parseImport parses "import a.b [as c], …".
func (s *shimmer) parseImport(stmt []token) *importPatch {
	p := &importPatch{pos: stmt[0].key()}
	for _, part := range splitTop(stmt[1:], ",", 0) {
		module, n := dotted(part)
		if n == 0 {
			s.fail(&stmt[0], "invalid import statement: want import MODULE [as NAME]")
			return nil
		}
		c := importClause{module: module, at: part[0].key()}
		switch rest := part[n:]; {
		case len(rest) == 2 && rest[0].is("as") && rest[1].kind == tkName:
			c.alias = &importName{name: module, alias: rest[1].text, at: part[0].key(), bindAt: rest[1].key()}
		case len(rest) != 0:
			s.fail(&rest[0], "invalid import statement: want import MODULE [as NAME]")
			return nil
		}
		p.clauses = append(p.clauses, c)
	}
	if len(p.clauses) == 0 {
		s.fail(&stmt[0], "invalid import statement: want import MODULE [as NAME]")
		return nil
	}
	return p
}

// parseFrom parses "from a.b import x [as y], …", with or without
// parentheses, and "from a.b import *".
func (s *shimmer) parseFrom(stmt []token) *importPatch {
	if len(stmt) > 1 && (stmt[1].is(".") || stmt[1].is("...")) {
		s.fail(&stmt[1], "relative imports are not supported: import a module by its full name")
		return nil
	}
	module, n := dotted(stmt[1:])
	if n == 0 || len(stmt) < n+3 || !stmt[n+1].is("import") {
		s.fail(&stmt[0], "invalid import statement: want from MODULE import NAME, …")
		return nil
	}
	c := importClause{module: module, at: stmt[1].key()}
	names := stmt[n+2:]
	depth := 0
	if names[0].is("*") && len(names) == 1 {
		c.star = true
		return &importPatch{pos: stmt[0].key(), clauses: []importClause{c}}
	}
	if names[0].is("(") && names[len(names)-1].is(")") {
		names, depth = names[1:len(names)-1], 1
	}
	for _, part := range splitTop(names, ",", depth) {
		switch {
		case len(part) == 1 && part[0].kind == tkName:
			c.names = append(c.names, importName{name: part[0].text, alias: part[0].text, at: part[0].key(), bindAt: part[0].key()})
		case len(part) == 3 && part[0].kind == tkName && part[1].is("as") && part[2].kind == tkName:
			c.names = append(c.names, importName{name: part[0].text, alias: part[2].text, at: part[0].key(), bindAt: part[2].key()})
		default:
			s.fail(&stmt[0], "invalid import statement: want from MODULE import NAME, …")
			return nil
		}
	}
	if len(c.names) == 0 {
		s.fail(&stmt[0], "invalid import statement: want from MODULE import NAME, …")
		return nil
	}
	return &importPatch{pos: stmt[0].key(), clauses: []importClause{c}}
}

// dotted reads a dotted name "a.b.c" at the start of toks and returns it
// with the number of tokens it spans (0 if there is none).
func dotted(toks []token) (string, int) {
	var parts []string
	n := 0
	for n < len(toks) && toks[n].kind == tkName && !pythonKeywords[toks[n].text] {
		parts = append(parts, toks[n].text)
		n++
		if n+1 < len(toks) && toks[n].is(".") && toks[n+1].kind == tkName {
			n++
			continue
		}
		break
	}
	return strings.Join(parts, "."), n
}
