package py

import "strings"

// The remaining bytes methods: padding (center, ljust, rjust, zfill), ASCII case (capitalize,
// title, istitle, isascii), removeprefix/removesuffix, splitlines and expandtabs, all byte-wise.
func init() {
	registerLib(BytesType, map[string]MethodFunc{
		"center":       bytesPad("center"),
		"ljust":        bytesPad("ljust"),
		"rjust":        bytesPad("rjust"),
		"zfill":        bytesZFill,
		"capitalize":   bytesStrFunc("capitalize", asciiCapitalize),
		"title":        bytesStrFunc("title", asciiTitle),
		"istitle":      bytesPredicate("istitle", asciiIsTitle),
		"isascii":      bytesPredicate("isascii", func(s string) bool { return !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }) }),
		"removeprefix": bytesAffix("removeprefix", strings.TrimPrefix),
		"removesuffix": bytesAffix("removesuffix", strings.TrimSuffix),
		"splitlines":   bytesSplitlines,
		"expandtabs":   bytesExpandTabs,
	})
}

func bytesStrFunc(name string, fn func(string) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		return &Bytes{S: fn(s)}, nil
	}
}

func bytesPredicate(name string, fn func(string) bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		return NewBool(fn(s)), nil
	}
}

// asciiCapitalize upper-cases the first byte and lower-cases the rest (ASCII letters only).
func asciiCapitalize(s string) string {
	b := []byte(s)
	for i, c := range b {
		if i == 0 {
			b[i] = asciiUpper(c)
		} else {
			b[i] = asciiLower(c)
		}
	}
	return string(b)
}

// asciiTitle upper-cases each ASCII letter that follows a non-letter, lower-cases the others.
func asciiTitle(s string) string {
	b := []byte(s)
	prevLetter := false
	for i, c := range b {
		if prevLetter {
			b[i] = asciiLower(c)
		} else {
			b[i] = asciiUpper(c)
		}
		prevLetter = isASCIIAlpha(c)
	}
	return string(b)
}

// asciiIsTitle reports bytes.istitle: some cased byte, upper-case only after uncased ones.
func asciiIsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case c >= 'a' && c <= 'z':
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

func bytesPad(name string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 1, 2)
		if err != nil {
			return nil, err
		}
		w, err := t.strWidth(args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			f, ok := args[1].(*Bytes)
			if !ok || len(f.S) != 1 {
				return nil, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].Type().Name)
			}
			fill = f.S[0]
		}
		pad := w - len(s)
		if pad <= 0 {
			return self, nil
		}
		left := 0
		switch name {
		case "center":
			left = pad / 2
			if pad%2 == 1 && w%2 == 1 {
				left++
			}
		case "rjust":
			left = pad
		}
		f := string([]byte{fill})
		return &Bytes{S: strings.Repeat(f, left) + s + strings.Repeat(f, pad-left)}, nil
	}
}

func bytesZFill(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := bytesSelf("zfill", self, args, kwnames, 1, 1)
	if err != nil {
		return nil, err
	}
	w, err := t.strWidth(args[0])
	if err != nil {
		return nil, err
	}
	if w <= len(s) {
		return self, nil
	}
	zeros := strings.Repeat("0", w-len(s))
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return &Bytes{S: s[:1] + zeros + s[1:]}, nil
	}
	return &Bytes{S: zeros + s}, nil
}

func bytesAffix(name string, fn func(string, string) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 1, 1)
		if err != nil {
			return nil, err
		}
		a, err := bytesLike(args[0])
		if err != nil {
			return nil, err
		}
		return &Bytes{S: fn(s, a)}, nil
	}
}

func bytesSplitlines(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("splitlines", args, kwnames, []string{"keepends"}, 0)
	if err != nil {
		return nil, err
	}
	s := self.(*Bytes).S
	keep := false
	if a[0] != nil {
		if keep, err = t.Truth(a[0]); err != nil {
			return nil, err
		}
	}
	var items []Object
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			items = append(items, &Bytes{S: s})
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		line := s[:i]
		if keep {
			line = s[:end]
		}
		items = append(items, &Bytes{S: line})
		s = s[end:]
	}
	return NewList(items), nil
}

func bytesExpandTabs(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("expandtabs", args, kwnames, []string{"tabsize"}, 0)
	if err != nil {
		return nil, err
	}
	s := self.(*Bytes).S
	size := 8
	if a[0] != nil {
		if size, err = t.strWidth(a[0]); err != nil {
			return nil, err
		}
		size = min(size, 1<<16)
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteByte(c)
			col = 0
		default:
			b.WriteByte(c)
			col++
		}
		if b.Len() > MaxStrLen {
			return nil, Errorf(MemoryErrorType, "bytes too large")
		}
	}
	return &Bytes{S: b.String()}, nil
}
