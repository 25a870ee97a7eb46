package script

import (
	"regexp"
	"strings"
)

// This file reports Python that the dialect cannot run. Each rule names the
// construct and the alternative, at the construct's own position. The rules
// cover only what Starlark really rejects (each was checked against the
// parser and resolver of the pinned go.starlark.net); Python that the shims
// rewrite (import, with, assert, raise, x is None, generator expressions, set
// literals, annotations, 1_000, u"…", x ** y, the name load) is not reported.
// Anything else the parser rejects keeps Starlark's message, reworded by
// reword where a Python programmer would not recognize it.

// keywordMsgs maps Python keywords that Starlark lacks to their message.
var keywordMsgs = map[string]string{
	"try":      "try/except is not supported: check a future's f.exception() instead of catching, or let the error end the script",
	"except":   "try/except is not supported: check a future's f.exception() instead of catching, or let the error end the script",
	"finally":  "try/finally is not supported: use a with block, whose exit always runs",
	"class":    "class is not supported: use a dict or a tuple for data and functions for behaviour",
	"yield":    "generators (yield) are not supported: build and return a list",
	"async":    "async/await is not supported: use an executor and futures",
	"await":    "async/await is not supported: use an executor and futures",
	"global":   "global is not supported: a function cannot rebind a module-level name; keep shared state in a dict or list (counts['n'] += 1)",
	"nonlocal": "nonlocal is not supported: a function cannot rebind an outer name; keep shared state in a dict or list (counts['n'] += 1)",
	"del":      "del is not supported: use d.pop(key) or items.pop(i)",
}

// opMsgs maps operators that Starlark lacks to their message.
var opMsgs = map[string]string{
	":=":  "the := operator is not supported: assign on a line of its own",
	"@=":  "the @= operator is not supported",
	"...": "Ellipsis (...) is not supported: use pass or None",
	"<>":  "the <> operator is not supported: use !=",
}

// pythonKeywords lists Python's keywords: a name that is one of them never
// ends an operand.
var pythonKeywords = map[string]bool{
	"False": false, "None": false, "True": false, // operands, not operators
	"and": true, "as": true, "assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true,
	"or": true, "pass": true, "raise": true, "return": true, "try": true, "while": true,
	"with": true, "yield": true,
}

// maxDepth is CPython's limit on nested brackets; it also bounds the work
// of the shims, some of which look inside every enclosing bracket.
const maxDepth = 200

// checkUnsupported returns an *Error for the first construct in toks that
// the dialect cannot run, or nil.
func checkUnsupported(filename string, toks []token) *Error {
	for i := range toks {
		if toks[i].depth >= maxDepth {
			return tokError(filename, &toks[i], "too many nested parentheses")
		}
	}
	for _, line := range logicalLines(toks) {
		for _, i := range stmtStarts(line) {
			if msg := stmtMsg(line[i:]); msg != "" {
				return tokError(filename, &line[i], msg)
			}
		}
		for i := range line {
			if msg := tokenMsg(line, i); msg != "" {
				return tokError(filename, &line[i], msg)
			}
		}
	}
	return checkLoopElse(filename, toks)
}

// tokError returns an *Error at t.
func tokError(filename string, t *token, msg string) *Error {
	return &Error{File: filename, Line: t.line, Col: t.col, Msg: msg}
}

// stmtMsg reports a statement-level problem of the simple statement that
// starts stmt.
func stmtMsg(stmt []token) string {
	t := &stmt[0]
	switch {
	case t.is("@"):
		return "decorators are not supported: wrap the function explicitly (f = deco(f))"
	case t.is("print") && len(stmt) > 1 && (stmt[1].kind == tkString || stmt[1].kind == tkNumber ||
		stmt[1].kind == tkName && !pythonKeywords[stmt[1].text]):
		return "print is a function in Python 3: use print(...)"
	}
	return ""
}

// tokenMsg reports a problem with line[i] in its context.
func tokenMsg(line []token, i int) string {
	t := &line[i]
	prev := (*token)(nil)
	if i > 0 {
		prev = &line[i-1]
	}
	switch t.kind {
	case tkName:
		if msg := keywordMsgs[t.text]; msg != "" {
			return msg
		}
		if strings.ContainsRune(t.text, aliasRune) {
			return "invalid character '" + string(aliasRune) + "' (U+2E2F)" // CPython's SyntaxError; see loadAlias
		}
		if isReserved(t.text) {
			return t.text + " is a name reserved by the dialect: choose another name"
		}
	case tkString:
		if strings.ContainsAny(stringPrefix(t.text), "fF") {
			return "f-strings are not supported: use %-formatting, e.g. 'x = %s, y = %.2f' % (x, y)"
		}
	case tkNumber:
		if strings.ContainsAny(t.text, "jJ") && !strings.HasPrefix(strings.ToLower(t.text), "0x") {
			return "complex numbers are not supported"
		}
	case tkOp:
		if msg := opMsgs[t.text]; msg != "" {
			return msg
		}
		switch {
		case t.text == "@":
			return "the @ operator is not supported"
		case t.text == "*" && t.depth == 0 && (prev == nil || prev.is(",") || prev.is("=") || prev.is(";") || prev.is("return")):
			return "starred assignment (a, *rest = …) is not supported: use slicing, e.g. a, rest = xs[0], xs[1:]"
		}
	}
	return ""
}

// isIsConstant reports whether rest (the tokens after "is") is None, True or
// False, optionally after "not": the forms the shims rewrite to == and !=.
func isIsConstant(rest []token) bool {
	if len(rest) > 0 && rest[0].is("not") {
		rest = rest[1:]
	}
	return len(rest) > 0 && (rest[0].is("None") || rest[0].is("True") || rest[0].is("False"))
}

// endsOperand reports whether t can end an operand, so that an operator after
// it is binary.
func endsOperand(t *token) bool {
	if t == nil {
		return false
	}
	switch t.kind {
	case tkNumber, tkString:
		return true
	case tkName:
		return !pythonKeywords[t.text]
	case tkOp:
		return t.text == ")" || t.text == "]" || t.text == "}"
	}
	return false
}

// stringPrefix returns the prefix letters of a string token.
func stringPrefix(text string) string {
	return text[:strings.IndexAny(text, `'"`)]
}

// checkLoopElse reports an else clause that belongs to a for or while loop.
// It tracks, for each indentation, the keyword that began the last logical
// line there.
func checkLoopElse(filename string, toks []token) *Error {
	var indents []int
	var words []string
	for _, line := range logicalLines(toks) {
		first := &line[0]
		for len(indents) > 0 && indents[len(indents)-1] > first.col {
			indents, words = indents[:len(indents)-1], words[:len(words)-1]
		}
		if n := len(indents); n > 0 && indents[n-1] == first.col {
			if first.is("else") && (words[n-1] == "for" || words[n-1] == "while") {
				return tokError(filename, first, "else after a "+words[n-1]+" loop is not supported: use a flag variable")
			}
			words[n-1] = first.text
			continue
		}
		indents, words = append(indents, first.col), append(words, first.text)
	}
	return nil
}

// compoundKeywords are the keywords that start a compound statement, whose
// header ends at the first colon outside brackets.
var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "for": true, "while": true, "def": true,
	"with": true, "try": true, "except": true, "finally": true, "class": true,
}

// stmtStarts returns the indices in a logical line of the tokens that start
// a simple statement: the first token, tokens after ';', and the token after
// the colon of a compound statement's header.
func stmtStarts(line []token) []int {
	starts := []int{0}
	header := line[0].kind == tkName && compoundKeywords[line[0].text]
	for i := range line {
		t := &line[i]
		if i+1 < len(line) && t.depth == 0 && (t.is(";") || header && t.is(":")) {
			if t.is(":") {
				header = false
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// rewordings maps parser and resolver messages to what a Python programmer
// expects; each regexp is matched against the whole message.
var rewordings = []struct {
	re  *regexp.Regexp
	msg string
}{
	{regexp.MustCompile(`^(\S+) does not associate with (\S+) \(use parens\)$`),
		"chained comparisons (a $1 b $2 c) are not supported: write a $1 b and b $2 c"},
	{regexp.MustCompile(`^undefined: (\w+)(?: \(did you mean (\w+)\?\))?$`), "name '$1' is not defined"},
	{regexp.MustCompile(`^(invalid escape sequence .*)$`), `$1: use a raw string (r"…") or double the backslash`},
	{regexp.MustCompile(`^got for, want (.*)$`), "got for, want $1 (comprehensions need brackets: [x for x in xs])"},
}

// reword returns msg as a Python programmer would understand it.
func reword(msg string) string {
	for _, r := range rewordings {
		if r.re.MatchString(msg) {
			return r.re.ReplaceAllString(msg, r.msg)
		}
	}
	return msg
}
