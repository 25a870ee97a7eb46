package stdlib

import (
	"strings"
)

// Python's regular-expression flags (re.IGNORECASE ...).
const (
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reASCII      = 256
)

// Python's \d, \w and \s for str patterns are Unicode classes; these are
// their members as Go regexp class items (outside the brackets).
const (
	pyDigit = `\p{Nd}`
	pyWord  = `\p{L}\p{N}_`
	pySpace = `\t\n\v\f\r\x1c-\x1f\x{85}\p{Z}`
)

// unsupported names a construct Go's regexp cannot run, for the error.
type unsupported string

func (u unsupported) Error() string { return string(u) }

// translate turns a Python pattern into Go regexp syntax with the same
// meaning, or says which construct has none: backreferences and
// lookaround need backtracking, which Go's regexp (linear time) lacks.
func translate(pat string, flags int) (string, error) {
	var b strings.Builder
	prefix := ""
	if flags&reIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&reMultiline != 0 {
		prefix += "m"
	}
	if flags&reDotAll != 0 {
		prefix += "s"
	}
	if prefix != "" {
		b.WriteString("(?" + prefix + ")")
	}
	verbose := flags&reVerbose != 0
	ascii := flags&reASCII != 0
	multiline := flags&reMultiline != 0
	rs := []rune(pat)
	inClass := false
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\\' && i+1 < len(rs):
			i++
			e := rs[i]
			switch {
			case e == 'd' || e == 'w' || e == 's':
				if ascii {
					b.WriteString(`\` + string(e))
					continue
				}
				body := map[rune]string{'d': pyDigit, 'w': pyWord, 's': pySpace}[e]
				if inClass {
					b.WriteString(body)
				} else {
					b.WriteString("[" + body + "]")
				}
			case e == 'D' || e == 'W' || e == 'S':
				if ascii {
					b.WriteString(`\` + string(e))
					continue
				}
				if inClass {
					return "", unsupported(`\` + string(e) + " inside a character class")
				}
				b.WriteString("[^" + map[rune]string{'D': pyDigit, 'W': pyWord, 'S': pySpace}[e] + "]")
			case e == 'Z':
				b.WriteString(`\z`)
			case e >= '1' && e <= '9' && !inClass:
				return "", unsupported("backreferences (\\" + string(e) + ")")
			case e == 'b' && inClass:
				b.WriteString(`\x08`)
			default:
				b.WriteString(`\` + string(e))
			}
		case inClass:
			if c == ']' {
				inClass = false
			}
			if c == '[' {
				b.WriteString(`\[`)
				continue
			}
			b.WriteRune(c)
		case c == '[':
			inClass = true
			b.WriteRune(c)
			if i+1 < len(rs) && rs[i+1] == '^' {
				b.WriteRune('^')
				i++
			}
			if i+1 < len(rs) && rs[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case c == '(' && i+2 < len(rs) && rs[i+1] == '?':
			switch rs[i+2] {
			case '=', '!':
				return "", unsupported("lookahead (?" + string(rs[i+2]) + "...)")
			case '<':
				if i+3 < len(rs) && (rs[i+3] == '=' || rs[i+3] == '!') {
					return "", unsupported("lookbehind (?<" + string(rs[i+3]) + "...)")
				}
			case '(':
				return "", unsupported("conditional groups (?(...)")
			case '>':
				return "", unsupported("atomic groups (?>...)")
			case 'P':
				if i+3 < len(rs) && rs[i+3] == '=' {
					return "", unsupported("named backreferences (?P=...)")
				}
			case '#':
				for i < len(rs) && rs[i] != ')' {
					i++
				}
				continue
			}
			b.WriteRune(c)
		case c == '{' && i+1 < len(rs) && rs[i+1] == ',':
			b.WriteString("{0")
		case c == '$' && !multiline:
			b.WriteString(`\z`)
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'):
		case verbose && c == '#':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case (c == '*' || c == '+' || c == '?' || c == '}') && i+1 < len(rs) && rs[i+1] == '+':
			return "", unsupported("possessive quantifiers (" + string(c) + "+)")
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), nil
}
