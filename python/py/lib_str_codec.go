package py

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// str.encode, str.translate and str.maketrans.
func init() {
	registerLib(StrType, map[string]MethodFunc{
		"encode":    strEncode,
		"translate": strTranslate,
	})
	StrType.SetAttr("maketrans", &StaticMethod{Fn: NewBuiltin("maketrans", strMaketrans)})
}

// codecName normalizes an encoding name to the codecs this interpreter has ("" when unknown).
func codecName(name string) string {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin":
		return "latin-1"
	}
	return ""
}

// codecArgs parses (encoding, errors) of encode and decode.
func codecArgs(method string, args []Object, kwnames []string) (enc, errs string, err error) {
	a, err := clinicArgs(method, args, kwnames, []string{"encoding", "errors"}, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs = "utf-8", "strict"
	for i, p := range []*string{&enc, &errs} {
		if a[i] == nil {
			continue
		}
		s, ok := a[i].(*Str)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s",
				method, []string{"encoding", "errors"}[i], a[i].Type().Name)
		}
		*p = s.S
	}
	name := codecName(enc)
	if name == "" {
		return "", "", Errorf(LookupErrorType, "unknown encoding: %s", enc)
	}
	return name, errs, nil
}

func strEncode(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf("encode", self)
	if err != nil {
		return nil, err
	}
	enc, errs, err := codecArgs("encode", args, kwnames)
	if err != nil {
		return nil, err
	}
	if enc == "utf-8" {
		return &Bytes{S: s}, nil
	}
	limit := rune(0x80)
	if enc == "latin-1" {
		limit = 0x100
	}
	var b strings.Builder
	pos := 0
	for i, r := range s {
		if r < limit {
			b.WriteByte(byte(r))
			pos++
			continue
		}
		switch errs {
		case "ignore":
		case "replace":
			b.WriteByte('?')
		case "backslashreplace":
			b.WriteString(escapeRune(r))
		case "xmlcharrefreplace":
			fmt.Fprintf(&b, "&#%d;", r)
		case "strict":
			return nil, encodeError(enc, s[i:], pos, limit)
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errs)
		}
		pos++
	}
	return &Bytes{S: b.String()}, nil
}

// encodeError is the UnicodeEncodeError for the unencodable run that starts rest, at code point pos.
func encodeError(enc, rest string, pos int, limit rune) error {
	n := 0
	var first rune
	for _, r := range rest {
		if r < limit {
			break
		}
		if n == 0 {
			first = r
		}
		n++
	}
	if n == 1 {
		return Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)",
			enc, escapeRune(first), pos, limit)
	}
	return Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode characters in position %d-%d: ordinal not in range(%d)",
		enc, pos, pos+n-1, limit)
}

// escapeRune writes a code point as Python's backslash escapes do: \xhh, \uhhhh or \Uhhhhhhhh.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

func strTranslate(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := strArgs("translate", self, args, kwnames, 1, 1)
	if err != nil {
		return nil, err
	}
	table := args[0]
	var b strings.Builder
	for _, r := range s {
		v, err := t.GetItem(table, MakeInt(int64(r)))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case NoneType:
		case *Str:
			b.WriteString(x.S)
		default:
			i, ok := asInt64(v)
			if !ok {
				return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
			if i < 0 || i > 0x10FFFF {
				return nil, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(i))
		}
		if b.Len() > MaxStrLen {
			return nil, Errorf(MemoryErrorType, "str too large")
		}
	}
	return NewStr(b.String()), nil
}

func strMaketrans(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("maketrans", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "maketrans expected at least 1 argument, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range src.Items() {
			key := kv[0]
			if s, ok := key.(*Str); ok {
				if s.Len() != 1 {
					return nil, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(s.S)
				key = MakeInt(int64(r))
			} else if !isIntLike(key) {
				return nil, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := d.Set(t, key, kv[1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	var parts [3]string
	for i, a := range args {
		s, ok := a.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "maketrans() argument %d must be str, not %s", i+1, a.Type().Name)
		}
		parts[i] = s.S
	}
	from, to := []rune(parts[0]), []rune(parts[1])
	if len(from) != len(to) {
		return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range from {
		if err := d.Set(t, MakeInt(int64(r)), MakeInt(int64(to[i]))); err != nil {
			return nil, err
		}
	}
	for _, r := range parts[2] {
		if err := d.Set(t, MakeInt(int64(r)), None); err != nil {
			return nil, err
		}
	}
	return d, nil
}
