package format

import "unicode/utf8"

// appendPadded appends s aligned in a field of width code points (align '<', '>' or '^').
func appendPadded(b []byte, s string, width int, align byte, fill rune) []byte {
	n := utf8.RuneCountInString(s)
	if width <= n {
		return append(b, s...)
	}
	pad := width - n
	left := 0
	switch align {
	case '>', '=':
		left = pad
	case '^':
		left = pad / 2
	}
	b = appendFill(b, fill, left)
	b = append(b, s...)
	return appendFill(b, fill, pad-left)
}

func appendFill(b []byte, fill rune, n int) []byte {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			b = append(b, byte(fill))
		}
		return b
	}
	for ; n > 0; n-- {
		b = utf8.AppendRune(b, fill)
	}
	return b
}

// number is a formatted number split as CPython's calc_number_widths splits it.
type number struct {
	neg      bool
	prefix   string // "0x" and friends
	digits   string // the integer digits, grouped on output
	rest     string // what follows the digits: decimal point, fraction, exponent, '%', or a 'c' character
	sep      byte   // grouping separator, or 0
	groupLen int    // digits per group (3, or 4 for '_' in bases 2, 8, 16)
}

// appendNumber lays n out per the spec: sign, prefix, padding for '=', grouped digits, rest.
func appendNumber(b []byte, s *Spec, n *number) []byte {
	align, fill := s.alignFill('>')
	var sign byte
	switch {
	case n.neg:
		sign = '-'
	case s.Sign == '+' || s.Sign == ' ':
		sign = s.Sign
	}
	nsign := 0
	if sign != 0 {
		nsign = 1
	}
	restLen := utf8.RuneCountInString(n.rest)
	minWidth := 0
	if fill == '0' && align == '=' {
		minWidth = s.Width - nsign - len(n.prefix) - restLen
	}
	// Lay the body (digits and rest) out first, then pad around it.
	var body []byte
	var stack [64]byte
	body = stack[:0]
	if sign != 0 {
		body = append(body, sign)
	}
	body = append(body, n.prefix...)
	head := len(body)
	body = appendGrouped(body, n.digits, n.sep, n.groupLen, minWidth)
	body = append(body, n.rest...)
	total := nsign + len(n.prefix) + (len(body) - head - len(n.rest)) + restLen
	if s.Width <= total {
		return append(b, body...)
	}
	pad := s.Width - total
	switch align {
	case '<':
		b = append(b, body...)
		return appendFill(b, fill, pad)
	case '^':
		b = appendFill(b, fill, pad/2)
		b = append(b, body...)
		return appendFill(b, fill, pad-pad/2)
	case '=':
		b = append(b, body[:head]...)
		b = appendFill(b, fill, pad)
		return append(b, body[head:]...)
	default:
		b = appendFill(b, fill, pad)
		return append(b, body...)
	}
}

// appendGrouped appends digits with sep every size digits from the right, padded on the left with
// zeros (grouped too) to at least minWidth characters, as CPython's _PyUnicode_InsertThousandsGrouping.
func appendGrouped(b []byte, digits string, sep byte, size, minWidth int) []byte {
	if digits == "" {
		return b
	}
	if minWidth < 0 {
		minWidth = 0
	}
	if sep == 0 {
		b = appendFill(b, '0', minWidth-len(digits))
		return append(b, digits...)
	}
	if minWidth == 0 && len(digits) <= size {
		return append(b, digits...)
	}
	// Build right to left, then reverse.
	start := len(b)
	remaining := len(digits)
	useSep := false
	for {
		l := min(size, max(remaining, minWidth, 1))
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		if useSep {
			b = append(b, sep)
		}
		for i := 0; i < chars; i++ {
			b = append(b, digits[remaining-1-i])
		}
		b = appendFill(b, '0', zeros)
		useSep = true
		remaining -= chars
		minWidth -= size
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := start, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}
