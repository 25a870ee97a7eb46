package script

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"

	"go.starlark.net/resolve"
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
// internal builtins that Predeclared provides. A name the script uses but
// never defines is a compile error here; Run instead raises NameError when
// the name is evaluated, as Python does.
func Compile(filename string, src []byte, predeclared starlark.StringDict) (*starlark.Program, error) {
	prog, _, err := compile(filename, src, predeclared, false)
	return prog, err
}

// compile is Compile. If lenient, a name the script uses but never defines is no compile error: as
// in Python, it raises NameError when it is evaluated, after what ran before it; compile then also
// returns each such name with the defined name the interpreter's spelling check proposes instead
// (or "").
func compile(filename string, src []byte, predeclared starlark.StringDict, lenient bool) (*starlark.Program, map[string]string, error) {
	for _, name := range internalNames {
		if !predeclared.Has(name) {
			return nil, nil, fmt.Errorf("script.Compile: predeclared lacks %s: build it with script.Predeclared", name)
		}
	}
	src = normalizeNewlines(src)
	toks := tokenize(src, 1, 1)
	if err := checkUnsupported(filename, toks); err != nil {
		return nil, nil, err
	}
	f, err := parse(filename, src, toks, predeclared)
	if err != nil {
		return nil, nil, err
	}
	prog, perr := starlark.FileProgram(f, predeclared.Has)
	if perr == nil {
		return prog, nil, nil
	}
	hints, ok := undefinedNames(perr)
	if !ok || !lenient {
		return nil, nil, compileError(filename, perr)
	}
	// Compile again, with every undefined name predeclared: predeclared lacks it, so using it
	// fails at run time, and pyException makes that failure a NameError.
	if f, err = parse(filename, src, toks, predeclared); err != nil {
		return nil, nil, err
	}
	undefined := func(name string) bool { _, ok := hints[name]; return ok || predeclared.Has(name) }
	if prog, perr = starlark.FileProgram(f, undefined); perr != nil {
		return nil, nil, compileError(filename, perr)
	}
	return prog, hints, nil
}

// parse shims, parses and rewrites the script (steps 2 to 4 of Compile).
func parse(filename string, src []byte, toks []token, predeclared starlark.StringDict) (*syntax.File, error) {
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
	unaliasLoad(f)
	if r.err == nil {
		r.unapplied()
	}
	if r.err != nil {
		return nil, r.err
	}
	return f, nil
}

// undefinedRE matches the resolver's error for an undefined name, with its spelling hint if any.
var undefinedRE = regexp.MustCompile(`^undefined: (\w+)(?: \(did you mean (\w+)\?\))?$`)

// undefinedNames reports whether err lists only undefined names, and returns them with the hints.
func undefinedNames(err error) (map[string]string, bool) {
	var list resolve.ErrorList
	if !errors.As(err, &list) {
		return nil, false
	}
	hints := map[string]string{}
	for _, e := range list {
		m := undefinedRE.FindStringSubmatch(e.Msg)
		if m == nil {
			return nil, false
		}
		hints[m[1]] = m[2]
	}
	return hints, true
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
