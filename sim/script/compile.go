package script

import (
	"bytes"
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// FileOptions returns the Starlark options scripts are compiled with: while
// loops, if/for/while at top level, rebinding of module-level names, set and
// recursion are all allowed, as in Python.
func FileOptions() *syntax.FileOptions {
	return &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
}

// Compile compiles a Python script to a Starlark program:
//
//  1. the source is checked for Python the dialect cannot run
//     (unsupported.go);
//  2. the shims edit Python-only syntax into Starlark, keeping lines and
//     columns (shims.go);
//  3. Starlark parses the edited text;
//  4. the syntax tree is rewritten: placeholders become the imports, with
//     blocks and asserts they stand for, '%' goes through __mod__
//     (rewrite.go);
//  5. the tree is resolved and compiled (starlark.FileProgram).
//
// predeclared is what the script sees besides Starlark's universe; build it
// with Predeclared (and add to it if needed), and pass the same dictionary
// to Program.Init. Imports are checked against its modules now. Every error
// is an *Error at a position in src, except when predeclared lacks the
// internal builtins that Predeclared provides.
func Compile(filename string, src []byte, predeclared starlark.StringDict) (*starlark.Program, error) {
	for _, name := range internalNames {
		if !predeclared.Has(name) {
			return nil, fmt.Errorf("script.Compile: predeclared lacks %s: build it with script.Predeclared", name)
		}
	}
	src = normalizeNewlines(src)
	toks := tokenize(src, 1, 1)
	if err := checkUnsupported(filename, toks); err != nil {
		return nil, err
	}
	sh, err := shim(filename, src, toks)
	if err != nil {
		return nil, err
	}
	opts := FileOptions()
	f, perr := opts.Parse(filename, sh.ed.apply(0, len(src)), 0)
	if perr != nil {
		return nil, compileError(filename, perr)
	}
	imp, _ := predeclared[importFunc].(*importer)
	r := &rewriter{filename: filename, opts: opts, sh: sh, imp: imp}
	f.Stmts = r.stmts(f.Stmts)
	if r.err == nil {
		r.unapplied()
	}
	if r.err != nil {
		return nil, r.err
	}
	prog, perr := starlark.FileProgram(f, predeclared.Has)
	if perr != nil {
		return nil, compileError(filename, perr)
	}
	return prog, nil
}

// normalizeNewlines turns \r\n and \r into \n, as Python reads source, and
// drops a UTF-8 byte order mark.
func normalizeNewlines(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
}
