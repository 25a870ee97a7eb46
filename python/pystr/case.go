package pystr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Upper returns s.upper(): full case mappings ('ß' becomes "SS").
func Upper(s string) string {
	if IsASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeUpper(&b, r)
	}
	return b.String()
}

func writeUpper(b *strings.Builder, r rune) {
	if m, ok := specialUpper[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

// Lower returns s.lower(): full case mappings and the final sigma rule (Σ at the end of a word
// lowers to ς).
func Lower(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for i, r := range s {
		writeLower(&b, s, i, r)
	}
	return b.String()
}

func writeLower(b *strings.Builder, s string, i int, r rune) {
	if r == 'Σ' {
		if finalSigma(s, i) {
			b.WriteRune('ς')
		} else {
			b.WriteRune('σ')
		}
		return
	}
	if m, ok := specialLower[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// finalSigma reports whether the Σ at byte i of s ends a word: a cased letter before it and none
// after it, skipping case-ignorable characters both ways.
func finalSigma(s string, i int) bool {
	j := i
	before := false
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if caseIgnorable(r) {
			continue
		}
		before = isCased(r)
		break
	}
	if !before {
		return false
	}
	for j = i + len("Σ"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if caseIgnorable(r) {
			continue
		}
		return !isCased(r)
	}
	return true
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xB7, 0x2019:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// isCased is Unicode's Cased property: uppercase, lowercase or titlecase.
func isCased(r rune) bool { return isLowerRune(r) || isUpperRune(r) || unicode.IsTitle(r) }

func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

// Casefold returns s.casefold(): Lower with the full case folds ('ß' becomes "ss").
func Casefold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		if m, ok := specialFold[r]; ok {
			b.WriteString(m)
			continue
		}
		if m, ok := specialLower[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// SwapCase returns s.swapcase().
func SwapCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case isUpperRune(r):
			writeLower(&b, s, i, r)
		case isLowerRune(r):
			writeUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Title returns s.title(): a character after a cased one is lowered, any other is title-cased.
func Title(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i, r := range s {
		if prevCased {
			writeLower(&b, s, i, r)
		} else {
			writeTitle(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func writeTitle(b *strings.Builder, r rune) {
	if m, ok := specialTitle[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// Capitalize returns s.capitalize(): the first character title-cased, the rest lowered.
func Capitalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if i == 0 {
			writeTitle(&b, r)
		} else {
			writeLower(&b, s, i, r)
		}
	}
	return b.String()
}
