package script

import "go.starlark.net/syntax"

// Starlark reserves one word that Python does not: load, the keyword of Starlark's load statement.
// To Python it is an ordinary name (json.load, a learner's def load(path), load = 5), so the shims
// hide it from Starlark's scanner: each name token load becomes loadAlias, an identifier of as many
// runes (columns do not move), and once the tree is parsed, unaliasLoad names every identifier of
// that spelling load again. Starlark's resolver, compiler and interpreter take load for the name it
// is, so messages, tracebacks and reprs say load. Every other Starlark keyword is a Python keyword
// too.

// loadAlias stands for the name load in the text Starlark parses. U+2E2F is a letter to Starlark
// but not to Python, so no Python script holds this identifier (checkUnsupported reports it as
// CPython does).
const loadAlias = "\u2e2foad"

// aliasRune is the first rune of loadAlias.
const aliasRune = '\u2e2f'

// loadName hides the name token t from Starlark's scanner if it is load.
func (s *shimmer) loadName(t *token) {
	if t.kind == tkName && t.text == "load" {
		s.ed.replace(t.off, t.end, loadAlias)
	}
}

// unaliasLoad names load again every identifier of f that loadName hid.
func unaliasLoad(f *syntax.File) {
	for _, stmt := range f.Stmts {
		syntax.Walk(stmt, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Ident); ok && id.Name == loadAlias {
				id.Name = "load"
			}
			return true
		})
	}
}
