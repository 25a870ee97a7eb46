package stdlib

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/futurescope/futurescope/python/pystr"
)

// CPython's messages for a bad pattern. Go's regexp reports its own words for the errors it finds,
// and accepts some patterns CPython refuses (a group name used twice, a name that is not an
// identifier); patternError scans the pattern as CPython's parser does, left to right, and returns
// the first error CPython would report, as "message at position N" (N counts characters).

// patternError returns CPython's error for pat, or "" if the scan finds none. onlyNames limits it to
// the group-name checks, the errors Go's parser does not catch.
func patternError(pat string, onlyNames bool) string {
	s := &patScan{p: []rune(pat), names: map[string]int{}, onlyNames: onlyNames}
	return s.run()
}

type patScan struct {
	p         []rune
	i         int
	opens     []int // positions of the groups still open
	groups    int
	names     map[string]int
	onlyNames bool
	// canRepeat: the last item can take a repeat; repeated: it is one already; modOK: a lazy ? or a
	// possessive + may follow it.
	canRepeat, repeated, modOK bool
}

func (s *patScan) errf(pos int, format string, args ...any) string {
	return fmt.Sprintf(format, args...) + fmt.Sprintf(" at position %d", pos)
}

func (s *patScan) run() string {
	for s.i < len(s.p) {
		if msg := s.step(); msg != "" {
			if s.onlyNames && !strings.Contains(msg, "group name") {
				return ""
			}
			return msg
		}
	}
	if len(s.opens) > 0 && !s.onlyNames {
		return s.errf(s.opens[len(s.opens)-1], "missing ), unterminated subpattern")
	}
	return ""
}

// step scans one item at s.i.
func (s *patScan) step() string {
	c, at := s.p[s.i], s.i
	s.i++
	switch c {
	case '\\':
		return s.escape(at, false)
	case '[':
		return s.class(at)
	case '(':
		return s.open(at)
	case ')':
		if len(s.opens) == 0 {
			return s.errf(at, "unbalanced parenthesis")
		}
		s.opens = s.opens[:len(s.opens)-1]
		s.canRepeat, s.repeated = true, false
	case '|':
		s.canRepeat, s.repeated = false, false
	case '*', '+', '?':
		return s.repeat(at, c)
	case '{':
		if end, lo, hi, ok := s.braces(at); ok {
			s.i = end
			if lo >= 0 && hi >= 0 && lo > hi {
				return s.errf(at+1, "min repeat greater than max repeat")
			}
			return s.repeat(at, '{')
		}
		s.canRepeat, s.repeated = true, false
	default:
		s.canRepeat, s.repeated = c != '^' && c != '$', false
	}
	return ""
}

// repeat checks a repeat operator at position at.
func (s *patScan) repeat(at int, c rune) string {
	if s.repeated && s.modOK && (c == '?' || c == '+') {
		s.modOK = false // a lazy a*? or a possessive a*+
		return ""
	}
	if s.repeated {
		return s.errf(at, "multiple repeat")
	}
	if !s.canRepeat {
		return s.errf(at, "nothing to repeat")
	}
	s.repeated, s.modOK = true, true
	return ""
}

// braces reads {m}, {m,}, {,n} or {m,n} at position at; ok is false when it is a literal {.
func (s *patScan) braces(at int) (end, lo, hi int, ok bool) {
	j := at + 1
	num := func() int {
		n, start := 0, j
		for j < len(s.p) && s.p[j] >= '0' && s.p[j] <= '9' {
			n = n*10 + int(s.p[j]-'0')
			j++
		}
		if j == start {
			return -1
		}
		return n
	}
	lo, hi = num(), -1
	if j < len(s.p) && s.p[j] == ',' {
		j++
		hi = num()
	} else {
		hi = lo
		if lo < 0 {
			return 0, 0, 0, false
		}
	}
	if j >= len(s.p) || s.p[j] != '}' {
		return 0, 0, 0, false
	}
	return j + 1, lo, hi, true
}

// validEscapes are the letters CPython accepts after a backslash, outside and inside a class.
const (
	validEscapes      = "AbBdDsSwWZntrfvaxuUN"
	validClassEscapes = "bdDsSwWntrfvaxuUN"
)

// escape checks the escape whose backslash is at position at.
func (s *patScan) escape(at int, inClass bool) string {
	s.canRepeat, s.repeated = true, false
	if s.i >= len(s.p) {
		return s.errf(at, "bad escape (end of pattern)")
	}
	c := s.p[s.i]
	s.i++
	valid := validEscapes
	if inClass {
		valid = validClassEscapes
	}
	if c < 128 && unicode.IsLetter(c) && !strings.ContainsRune(valid, c) {
		return s.errf(at, "bad escape \\%c", c)
	}
	if !inClass && c >= '1' && c <= '9' {
		n := int(c - '0')
		for s.i < len(s.p) && s.p[s.i] >= '0' && s.p[s.i] <= '9' && n < 10 {
			n = n*10 + int(s.p[s.i]-'0')
			s.i++
		}
		if n > s.groups {
			return s.errf(at+1, "invalid group reference %d", n)
		}
	}
	return ""
}

// class scans a character class whose [ is at position at.
func (s *patScan) class(at int) string {
	if s.i < len(s.p) && s.p[s.i] == '^' {
		s.i++
	}
	first := true
	prev, prevAt, prevEsc := rune(-1), 0, ""
	for s.i < len(s.p) {
		c, cAt := s.p[s.i], s.i
		if c == ']' && !first {
			s.i++
			s.canRepeat, s.repeated = true, false
			return ""
		}
		first = false
		s.i++
		if c == '\\' {
			if msg := s.escape(cAt, true); msg != "" {
				return msg
			}
			prev, prevAt, prevEsc = -2, cAt, string(s.p[cAt:s.i])
			continue
		}
		if c == '-' && prev != -1 && s.i < len(s.p) && s.p[s.i] != ']' {
			hi, hiAt := s.p[s.i], s.i
			s.i++
			if hi == '\\' {
				if msg := s.escape(hiAt, true); msg != "" {
					return msg
				}
				hi = -2
			}
			if prev == -2 || hi == -2 {
				return s.errf(prevAt, "bad character range %s-%s", prevEsc+string(rangeRune(prev)), string(s.p[hiAt:s.i]))
			}
			if hi < prev {
				return s.errf(prevAt, "bad character range %c-%c", prev, hi)
			}
			prev = -1
			continue
		}
		prev, prevAt, prevEsc = c, cAt, ""
	}
	return s.errf(at, "unterminated character set")
}

// rangeRune is r as the start of a range in a message (nothing for an escape, shown whole).
func rangeRune(r rune) string {
	if r < 0 {
		return ""
	}
	return string(r)
}

// open scans a group whose ( is at position at.
func (s *patScan) open(at int) string {
	s.opens = append(s.opens, at)
	s.canRepeat, s.repeated = false, false
	if s.i >= len(s.p) || s.p[s.i] != '?' {
		s.groups++
		return ""
	}
	if s.i+1 < len(s.p) && s.p[s.i+1] == 'P' && s.i+2 < len(s.p) && s.p[s.i+2] == '<' {
		start := s.i + 3
		end := start
		for end < len(s.p) && s.p[end] != '>' {
			end++
		}
		if end >= len(s.p) {
			return s.errf(start, "missing >, unterminated name")
		}
		name := string(s.p[start:end])
		if name == "" {
			return s.errf(start, "missing group name")
		}
		if !isIdentifier(name) {
			return s.errf(start, "bad character in group name %s", pystr.Repr(name))
		}
		s.groups++
		if g, ok := s.names[name]; ok {
			return s.errf(start, "redefinition of group name %s as group %d; was group %d", pystr.Repr(name), s.groups, g)
		}
		s.names[name] = s.groups
		s.i = end + 1
		return ""
	}
	s.i++ // the ?
	switch {
	case s.i+1 < len(s.p) && s.p[s.i] == '<' && (s.p[s.i+1] == '=' || s.p[s.i+1] == '!'):
		s.i += 2
	case s.i < len(s.p) && strings.ContainsRune(":=!>", s.p[s.i]):
		s.i++
	case s.i < len(s.p) && (s.p[s.i] == '#' || s.p[s.i] == 'P'):
		for s.i < len(s.p) && s.p[s.i] != ')' {
			s.i++
		}
	default: // inline flags, (?i) or (?i:...)
		for s.i < len(s.p) && s.p[s.i] != ':' && s.p[s.i] != ')' {
			s.i++
		}
		if s.i < len(s.p) && s.p[s.i] == ':' {
			s.i++
		}
	}
	return ""
}

// isIdentifier reports whether name is a Python identifier.
func isIdentifier(name string) bool {
	for i, r := range name {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return name != ""
}
