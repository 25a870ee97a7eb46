package unames

import "strings"

// cjkRanges are the unified ideographs CPython 3.13 names "CJK UNIFIED IDEOGRAPH-XXXX" (Unicode 15.1,
// Extension I included), first and last of each range.
var cjkRanges = [...][2]rune{
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
	{0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2EBF0, 0x2EE5D}, {0x30000, 0x3134A}, {0x31350, 0x323AF},
}

// The jamo of a Hangul syllable's name, by their order in the syllable's code (Unicode's
// Jamo.txt short names): leading consonant, vowel, trailing consonant.
var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
		"YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
		"BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	cjkPrefix    = "CJK UNIFIED IDEOGRAPH-"
	hangulPrefix = "HANGUL SYLLABLE "
	hangulBase   = 0xAC00
)

// ruleName looks up a name made by rule. byRule reports whether name has the prefix of one (in upper
// case, as CPython requires): then ok says whether it names a character, and the table is not asked.
func ruleName(name string) (r rune, ok, byRule bool) {
	switch {
	case strings.HasPrefix(name, cjkPrefix):
		r, ok := cjk(name[len(cjkPrefix):])
		return r, ok, true
	case strings.HasPrefix(name, hangulPrefix):
		r, ok := hangul(name[len(hangulPrefix):])
		return r, ok, true
	}
	return 0, false, false
}

// cjk reads the four or five upper-case hex digits of a unified ideograph's name.
func cjk(hex string) (rune, bool) {
	if len(hex) != 4 && len(hex) != 5 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(hex); i++ {
		switch c := hex[i]; {
		case '0' <= c && c <= '9':
			v = v*16 + rune(c-'0')
		case 'A' <= c && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	for _, rg := range cjkRanges {
		if rg[0] <= v && v <= rg[1] {
			return v, true
		}
	}
	return 0, false
}

// hangul reads a syllable's jamo: at each of the three places the longest short name that matches,
// and nothing may be left over.
func hangul(s string) (rune, bool) {
	l, n := longestJamo(s, jamoL[:])
	s = s[n:]
	v, n := longestJamo(s, jamoV[:])
	s = s[n:]
	t, n := longestJamo(s, jamoT[:])
	if l < 0 || v < 0 || t < 0 || n != len(s) {
		return 0, false
	}
	return rune(hangulBase + (l*len(jamoV)+v)*len(jamoT) + t), true
}

// longestJamo returns the index and length of the longest of names that s starts with, the empty
// name included; -1 when none does.
func longestJamo(s string, names []string) (index, n int) {
	index, n = -1, -1
	for i, name := range names {
		if len(name) > n && strings.HasPrefix(s, name) {
			index, n = i, len(name)
		}
	}
	return index, max(n, 0)
}
