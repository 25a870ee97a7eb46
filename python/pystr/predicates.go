package pystr

import (
	"unicode"
	"unicode/utf8"
)

// all reports whether s is non-empty and f holds for each of its code points.
func all(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

// IsDecimalRune reports whether r is a decimal digit (category Nd).
func IsDecimalRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

// IsDigitRune reports whether r is a digit as str.isdigit sees it (decimals, superscripts, …).
func IsDigitRune(r rune) bool { return IsDecimalRune(r) || unicode.Is(digitNotDecimal, r) }

// IsNumericRune reports whether r is numeric as str.isnumeric sees it (digits, fractions, CJK
// numerals, …).
func IsNumericRune(r rune) bool { return IsDigitRune(r) || unicode.Is(numericNotDigit, r) }

// IsAlphaRune reports whether r is a letter (categories Lu Ll Lt Lm Lo).
func IsAlphaRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(alpha151, r)
}

// IsPrintableRune reports whether repr() keeps r as is: not a control, format, surrogate,
// private-use, unassigned or separator character other than the space.
func IsPrintableRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r < 0x7f
	}
	return unicode.IsPrint(r) || unicode.Is(printable151, r)
}

// IsDecimal returns s.isdecimal().
func IsDecimal(s string) bool { return all(s, IsDecimalRune) }

// IsDigit returns s.isdigit().
func IsDigit(s string) bool { return all(s, IsDigitRune) }

// IsNumeric returns s.isnumeric().
func IsNumeric(s string) bool { return all(s, IsNumericRune) }

// IsAlpha returns s.isalpha().
func IsAlpha(s string) bool { return all(s, IsAlphaRune) }

// IsAlnum returns s.isalnum().
func IsAlnum(s string) bool {
	return all(s, func(r rune) bool { return IsAlphaRune(r) || IsNumericRune(r) })
}

// IsSpace returns s.isspace().
func IsSpace(s string) bool { return all(s, IsSpaceRune) }

// IsPrintable returns s.isprintable() (true for "").
func IsPrintable(s string) bool { return s == "" || all(s, IsPrintableRune) }

// IsUpper returns s.isupper(): at least one cased character and no lowercase or titlecase one.
func IsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// IsLower returns s.islower().
func IsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle returns s.istitle(): uppercase and titlecase characters only after uncased ones,
// lowercase only after cased ones, and at least one cased character.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpperRune(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IsIdentifier returns s.isidentifier(): a letter or '_' then letters, digits, marks and
// connectors (Unicode's XID_Start and XID_Continue: their defining categories, corrected by
// tables generated from CPython).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !isIDStart(r) {
				return false
			}
		} else if !isIDContinue(r) {
			return false
		}
	}
	return true
}

func isIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	if unicode.Is(idStartDel, r) {
		return false
	}
	return IsAlphaRune(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r) ||
		unicode.Is(idStartAdd, r)
}

func isIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	if unicode.Is(idContinueDel, r) {
		return false
	}
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r) || unicode.Is(idContinueAdd, r) || unicode.Is(idStartDel, r)
}
