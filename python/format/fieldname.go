package format

import (
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/pystr"
)

// resolveField looks a field name (first part, then .attr and [key] accessors) up through the
// Resolver, numbering empty first parts automatically; errors come in CPython's order, each
// accessor's syntax checked just before it is applied.
func resolveField(name string, r Resolver, auto *autoNumber) (any, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first := name[:i]
	idx, err := fieldInt(first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	if empty || idx >= 0 {
		if auto.state == 0 {
			auto.state = 2
			if empty {
				auto.state = 1
			}
		}
		if auto.state == 2 && empty {
			return nil, valueError("cannot switch from manual field specification to automatic field numbering")
		}
		if auto.state == 1 && !empty {
			return nil, valueError("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = auto.next
			auto.next++
		}
	}
	var v any
	if idx < 0 {
		v, err = r.Keyword(first)
	} else {
		v, err = r.Positional(idx)
	}
	if err != nil {
		return nil, err
	}
	for i < len(name) {
		var attr bool
		var part string
		switch name[i] {
		case '.':
			attr = true
			j := i + 1
			for j < len(name) && name[j] != '.' && name[j] != '[' {
				j++
			}
			part, i = name[i+1:j], j
		case '[':
			j := i + 1
			for j < len(name) && name[j] != ']' {
				j++
			}
			if j == len(name) {
				return nil, valueError("Missing ']' in format string")
			}
			part, i = name[i+1:j], j+1
		default:
			return nil, valueError("Only '.' or '[' may follow ']' in format field specifier")
		}
		if part == "" {
			return nil, valueError("Empty attribute in format string")
		}
		if attr {
			v, err = r.Attr(v, part)
		} else {
			k := Key{Str: part}
			n, err2 := fieldInt(part)
			if err2 != nil {
				return nil, err2
			}
			if n >= 0 {
				k = Key{Int: n, IsInt: true}
			}
			v, err = r.Item(v, k)
		}
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

// fieldInt reads a field name part made only of (Unicode) decimal digits; -1 otherwise.
func fieldInt(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for _, r := range s {
		d := pystr.DecimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if n > (1<<63-1-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
