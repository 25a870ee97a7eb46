// Package unames finds Unicode characters by name as CPython 3.13's "\N{name}" string escapes do: the
// names of Unicode 15.1 (CPython 3.13's unicodedata.unidata_version) and their aliases
// (NameAliases.txt: "NBSP", "BYTE ORDER MARK", "LINE FEED"), matched without regard to ASCII case;
// "CJK UNIFIED IDEOGRAPH-XXXX" (four or five upper-case hex digits, in the ranges CPython 3.13 knows)
// and "HANGUL SYLLABLE ..." computed by rule, in upper case only, as CPython computes them. Named
// sequences and range placeholders ("<control>") are no names.
//
// The table of names (names.txt.gz, written by tools/unicodenames from golang.org/x/text/unicode/runenames
// plus Unicode 15.1's five new names and the UCD's aliases) is a megabyte of text, so it stays out of
// the browser's runner.wasm: natively it is embedded and read the first time a name is looked up; under
// GOOS=js the runner's worker fetches it (synchronously, which a Web Worker may do) from
// unicode-names.txt beside the worker's script the first time a script uses "\N{", and a page that
// never does never downloads it. Names computed by rule need no table.
package unames

import (
	"bytes"
	"fmt"
	"strconv"
)

// Lookup returns the character that name names. It returns found false when no character has that
// name, and an error only when the table of names could not be loaded (in the browser: offline).
func Lookup(name string) (r rune, found bool, err error) {
	if r, ok, byRule := ruleName(name); byRule {
		return r, ok, nil
	}
	t, err := table()
	if err != nil {
		return 0, false, err
	}
	r, ok := t[upperASCII(name)]
	return r, ok, nil
}

// upperASCII upper-cases the ASCII letters of s, and only those, as CPython compares names.
func upperASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'a' <= c && c <= 'z' {
					b[j] = c - 'a' + 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// parseTable reads the table's "NAME;HEX" lines into a map from name to character.
func parseTable(text []byte) (map[string]rune, error) {
	m := make(map[string]rune, 40000)
	for n := 1; len(text) > 0; n++ {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		semi := bytes.LastIndexByte(line, ';')
		if semi <= 0 {
			return nil, fmt.Errorf("unames: line %d of the table: want NAME;HEX", n)
		}
		v, err := strconv.ParseUint(string(line[semi+1:]), 16, 32)
		if err != nil || v > 0x10FFFF {
			return nil, fmt.Errorf("unames: line %d of the table: bad code point %q", n, line[semi+1:])
		}
		m[string(line[:semi])] = rune(v)
	}
	return m, nil
}
