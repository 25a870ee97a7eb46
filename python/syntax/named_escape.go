package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/unames"
)

// namedEscape decodes the \N{name} escape whose backslash is body[at]: the character, the index just
// past the escape, or CPython's message for a malformed escape or an unknown name. Names are looked up
// as CPython 3.13 looks them up (package unames: Unicode 15.1 names and aliases, ASCII case ignored).
func namedEscape(body string, at int) (r rune, end int, msg string) {
	const codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position "
	fail := func(end int, what string) (rune, int, string) {
		return 0, 0, codec + itoa(escPos(body, at)) + "-" + itoa(escPos(body, end)-1) + ": " + what
	}
	open := at + 2 // just past "\N"
	if open >= len(body) || body[open] != '{' {
		return fail(min(open, len(body)), "malformed \\N character escape")
	}
	closing := strings.IndexByte(body[open+1:], '}')
	if closing < 0 {
		return fail(len(body), "malformed \\N character escape")
	}
	closing += open + 1
	if closing == open+1 {
		return fail(closing, "malformed \\N character escape")
	}
	r, found, err := unames.Lookup(body[open+1 : closing])
	if err != nil {
		return fail(closing+1, "unknown Unicode character name ("+err.Error()+")")
	}
	if !found {
		return fail(closing+1, "unknown Unicode character name")
	}
	return r, closing + 1, ""
}

// escPos is the position CPython's unicode-escape decoder gives for byte i of a literal's body in its
// errors: the decoder reads the body with each non-ASCII character spelled as a ten-byte \UXXXXXXXX
// escape, so each counts ten.
func escPos(body string, i int) int {
	pos := 0
	for j := 0; j < i && j < len(body); {
		if body[j] < utf8.RuneSelf {
			pos++
			j++
			continue
		}
		_, n := decodeRune(body[j:])
		pos += 10
		j += n
	}
	return pos + max(i-len(body), 0)
}
