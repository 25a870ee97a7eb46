package format

import (
	"fmt"
	"unicode/utf8"
)

// Spec is a parsed format specifier of the mini-language
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type Spec struct {
	Fill      rune // the fill character; meaningful when FillSet
	FillSet   bool // a fill character was written before the alignment
	Align     byte // '<', '>', '=', '^', or 0 when not given (each type has its default)
	Sign      byte // '+', '-', ' ', or 0
	NoNegZero bool // 'z': negative zero after rounding prints as zero
	Alt       bool // '#'
	Zero      bool // '0' before the width (and no fill given): pad with zeros
	Width     int  // -1 when not given
	Grouping  byte // ',', '_', or 0
	Precision int  // -1 when not given
	Type      byte // the presentation type, or 0 when not given
}

// ParseSpec parses a format specifier for a value of the Python type typeName, which only words the
// errors ("Invalid format specifier '…' for object of type 'int'"). It checks what CPython checks
// before knowing the kind of value: the order of the parts, ',' with '_', and the types grouping
// allows. Widths and precisions above MaxWidth are refused.
func ParseSpec(spec, typeName string) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1}
	i := 0
	if r, n := utf8.DecodeRuneInString(spec); n > 0 && n < len(spec) && isAlign(spec[n]) {
		s.Fill, s.FillSet, s.Align = r, true, spec[n]
		i = n + 1
	} else if len(spec) > 0 && isAlign(spec[0]) {
		s.Align = spec[0]
		i = 1
	}
	if i < len(spec) && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ') {
		s.Sign = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == 'z' {
		s.NoNegZero = true
		i++
	}
	if i < len(spec) && spec[i] == '#' {
		s.Alt = true
		i++
	}
	if !s.FillSet && i < len(spec) && spec[i] == '0' {
		s.Zero = true
		i++
	}
	var err error
	var n int
	if s.Width, n, err = specInt(spec, i, "width"); err != nil {
		return s, err
	}
	if n == 0 {
		s.Width = -1
	}
	i += n
	if i < len(spec) && spec[i] == ',' {
		s.Grouping = ','
		i++
	}
	if i < len(spec) && spec[i] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		i++
	}
	if i < len(spec) && spec[i] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if i < len(spec) && spec[i] == '.' {
		i++
		if s.Precision, n, err = specInt(spec, i, "precision"); err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
		i += n
	}
	if rest := spec[i:]; utf8.RuneCountInString(rest) > 1 {
		return s, valueError(fmt.Sprintf("Invalid format specifier '%s' for object of type '%s'", spec, typeName))
	} else if rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if r >= utf8.RuneSelf {
			// A non-ASCII type is never valid; report it as CPython does.
			if s.Grouping != 0 {
				return s, valueError(fmt.Sprintf("Cannot specify '%c' with '\\x%x'.", s.Grouping, r))
			}
			return s, unknownType(r, typeName)
		}
		s.Type = rest[0]
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			if s.Type > 32 && s.Type < 128 {
				return s, valueError(fmt.Sprintf("Cannot specify '%c' with '%c'.", s.Grouping, s.Type))
			}
			return s, valueError(fmt.Sprintf("Cannot specify '%c' with '\\x%x'.", s.Grouping, s.Type))
		}
	}
	return s, nil
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// specInt reads the decimal digits at spec[i:], returning the value and how many bytes it used.
func specInt(spec string, i int, what string) (v, n int, err error) {
	for j := i; j < len(spec) && spec[j] >= '0' && spec[j] <= '9'; j++ {
		if v > (1<<63-1-9)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		v = v*10 + int(spec[j]-'0')
		n++
	}
	if v > MaxWidth {
		// CPython would try to build a string this long; refuse it instead.
		return 0, 0, widthTooBig(what)
	}
	return v, n, nil
}

func unknownType(t rune, typeName string) error {
	if t > 32 && t < 128 {
		return valueError(fmt.Sprintf("Unknown format code '%c' for object of type '%s'", t, typeName))
	}
	return valueError(fmt.Sprintf("Unknown format code '\\x%x' for object of type '%s'", t, typeName))
}

// align returns the alignment and fill the spec asks for, given the type's default alignment.
func (s *Spec) alignFill(def byte) (align byte, fill rune) {
	align, fill = s.Align, s.Fill
	if s.Zero {
		fill = '0'
		if align == 0 && def == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = def
	}
	return align, fill
}
