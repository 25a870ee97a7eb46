// Package pystr is Python's str methods as pure functions on Go strings holding UTF-8.
//
// Positions (start, end, results of Find) count code points, as Python's do; an ASCII fast path
// keeps them cheap for the common case, and Index makes s[i] cheap on long non-ASCII strings.
// Whitespace, line boundaries, character classes and case mappings follow CPython 3.13: Go's
// unicode tables (Unicode 15.0) give the simple case mappings and categories, and tables.go,
// generated from CPython's own Unicode 15.1 database by testdata/gentables.py, adds what Go lacks:
// the full case mappings of SpecialCasing.txt ('ß'.upper() is "SS"), case folds, the digit and
// numeric characters beyond Nd, the characters 15.1 added, and the corrections that turn category
// rules into CPython's identifier rules. The final sigma rule of lower() uses Unicode's
// definition with the case-ignorable set approximated by categories (Mn Me Cf Lm Sk and a few
// punctuation marks). Repr, ASCII and BytesRepr quote exactly as CPython's repr() and ascii() do.
//
// Methods whose work is the interpreter's (join, startswith with a tuple, format) are not here.
// Functions never panic on bad UTF-8: an invalid byte reads as U+FFFD.
package pystr

import (
	"unicode"
	"unicode/utf8"
)

// IsASCII reports whether s holds only ASCII characters (str.isascii).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len returns len(s) in code points.
func Len(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// ByteOffset returns the byte offset of code point i of s (0 <= i <= Len(s)); len(s) past the end.
func ByteOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

// At returns s[i] as a one-character string, for 0 <= i < Len(s).
func At(s string, i int) string {
	if IsASCII(s) {
		return s[i : i+1]
	}
	off := ByteOffset(s, i)
	_, n := utf8.DecodeRuneInString(s[off:])
	return s[off : off+n]
}

// Slice returns s[start:stop:step] for indices already adjusted to the string's length as
// slice.indices does (step != 0).
func Slice(s string, start, stop, step int) string {
	if step == 1 {
		if stop <= start {
			return ""
		}
		if IsASCII(s) {
			return s[start:stop]
		}
		a := ByteOffset(s, start)
		return s[a : a+ByteOffset(s[a:], stop-start)]
	}
	var rs []rune
	if IsASCII(s) {
		b := make([]byte, 0, sliceLen(start, stop, step))
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			b = append(b, s[i])
		}
		return string(b)
	}
	rs = []rune(s)
	out := make([]rune, 0, sliceLen(start, stop, step))
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, rs[i])
	}
	return string(out)
}

func sliceLen(start, stop, step int) int {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && stop < start {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}

// IsSpaceRune reports whether r is whitespace as str.isspace and str.split see it: Unicode
// White_Space plus the ASCII separators U+001C..U+001F.
func IsSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// DecimalValue returns the value of a Unicode decimal digit (category Nd, as int() reads it), or -1.
func DecimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < utf8.RuneSelf || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, g := range unicode.Nd.R16 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return int(r-rune(g.Lo)) % 10
		}
	}
	for _, g := range unicode.Nd.R32 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return int(r-rune(g.Lo)) % 10
		}
	}
	return -1
}

// AdjustSlice adjusts slice bounds for a sequence of n items as slice.indices(n) does (step != 0).
func AdjustSlice(start, stop, step, n int) (int, int, int) {
	clamp := func(i, lo, hi int) int {
		if i < 0 {
			i += n
			if i < 0 {
				return lo
			}
		} else if i >= n {
			return hi
		}
		return i
	}
	if step > 0 {
		return clamp(start, 0, n), clamp(stop, 0, n), step
	}
	return clamp(start, -1, n-1), clamp(stop, -1, n-1), step
}
