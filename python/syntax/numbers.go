package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits scans digits accepted by ok, with single underscores between them.
// It returns false at an underscore not followed by a digit.
func (s *scanner) digits(ok func(byte) bool) bool {
	for s.i < len(s.src) {
		c := s.src[s.i]
		if ok(c) {
			s.i++
			continue
		}
		if c == '_' {
			if s.i+1 < len(s.src) && ok(s.src[s.i+1]) {
				s.i++
				continue
			}
			s.i++
			return false
		}
		break
	}
	return true
}

// number scans a numeric literal.
func (s *scanner) number(start Pos, off int) {
	bad := func(msg string) { s.numberError(msg) }
	if s.src[s.i] == '0' && s.i+1 < len(s.src) {
		var ok func(byte) bool
		var what string
		switch s.src[s.i+1] {
		case 'x', 'X':
			ok, what = func(c byte) bool { return unhex(c) >= 0 }, "hexadecimal"
		case 'o', 'O':
			ok, what = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		case 'b', 'B':
			ok, what = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		if ok != nil {
			s.i += 2
			if s.i < len(s.src) && s.src[s.i] == '_' {
				s.i++
			}
			d := s.i
			if !s.digits(ok) || s.i == d {
				if s.i < len(s.src) && isDigit(s.src[s.i]) && s.i == d {
					s.i++
					bad("invalid digit '" + string(s.src[s.i-1]) + "' in " + what + " literal")
					return
				}
				bad("invalid " + what + " literal")
				return
			}
			if s.i < len(s.src) && isDigit(s.src[s.i]) {
				s.i++
				bad("invalid digit '" + string(s.src[s.i-1]) + "' in " + what + " literal")
				return
			}
			if !s.endOfNumber(what) {
				return
			}
			s.emit(tNumber, start, off)
			return
		}
	}
	intStart := s.i
	if !s.digits(isDigit) {
		bad("invalid decimal literal")
		return
	}
	intPart := string(s.src[intStart:s.i])
	isInt := true
	if s.i < len(s.src) && s.src[s.i] == '.' {
		isInt = false
		s.i++
		if s.i < len(s.src) && isDigit(s.src[s.i]) {
			if !s.digits(isDigit) {
				bad("invalid decimal literal")
				return
			}
		}
	}
	if s.i < len(s.src) && (s.src[s.i] == 'e' || s.src[s.i] == 'E') {
		j := s.i + 1
		if j < len(s.src) && (s.src[j] == '+' || s.src[j] == '-') {
			j++
		}
		if j < len(s.src) && isDigit(s.src[j]) {
			isInt = false
			s.i = j
			if !s.digits(isDigit) {
				bad("invalid decimal literal")
				return
			}
		} else if j > s.i+1 {
			s.i = j
			bad("invalid decimal literal")
			return
		} else if !s.endOfNumber("decimal") {
			return
		}
	}
	what := "decimal"
	if s.i < len(s.src) && (s.src[s.i] == 'j' || s.src[s.i] == 'J') {
		s.i++
		isInt = false
		what = "imaginary"
	}
	if isInt && len(intPart) > 1 && intPart[0] == '0' && strings.Trim(intPart, "0_") != "" {
		zeros := len(intPart) - len(strings.TrimLeft(intPart, "0_"))
		s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+zeros, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		return
	}
	if !s.endOfNumber(what) {
		return
	}
	s.emit(tNumber, start, off)
}

// endOfNumber checks what follows a number: a letter there is an error,
// unless it starts one of the keywords CPython still accepts there.
func (s *scanner) endOfNumber(what string) bool {
	if s.i >= len(s.src) {
		return true
	}
	c := s.src[s.i]
	if !isNameByte(c) && c < 0x80 {
		return true
	}
	rest := s.src[s.i:]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
			return true
		}
	}
	s.numberError("invalid " + what + " literal")
	return false
}

// numberError reports a malformed number where the scanner stopped, as
// CPython's tokenizer does: its caret is on the character before.
func (s *scanner) numberError(msg string) {
	s.errorf("SyntaxError", s.line, s.i-s.lineOff, 0, 0, "%s", msg)
	if s.err != nil && s.err.Msg == msg {
		s.err.Col--
		s.err.EndLine, s.err.EndCol = s.line, s.err.Col
	}
}

// maxIntDigits is CPython's default limit on the digits of a decimal int
// (sys.get_int_max_str_digits()).
const maxIntDigits = 4300

// decimalDigits returns the number of digits of a decimal int literal, or 0
// for any other number.
func decimalDigits(text string) int {
	if len(text) <= maxIntDigits || len(text) > 1 && text[0] == '0' {
		return 0
	}
	n := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			n++
		case c != '_':
			return 0
		}
	}
	return n
}

// numberValue returns the value of a number token's text: *big.Int,
// float64 or complex128.
func numberValue(text string) any {
	t := strings.ReplaceAll(text, "_", "")
	last := t[len(t)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(t[:len(t)-1], 64)
		return complex(0, f)
	}
	if len(t) > 1 && t[0] == '0' {
		base := 0
		switch t[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, _ := new(big.Int).SetString(t[2:], base)
			return v
		}
	}
	if strings.ContainsAny(t, ".eE") {
		f, _ := strconv.ParseFloat(t, 64)
		return f
	}
	if len(t) < 19 {
		n, _ := strconv.ParseInt(t, 10, 64)
		return big.NewInt(n)
	}
	v, _ := new(big.Int).SetString(t, 10)
	return v
}
