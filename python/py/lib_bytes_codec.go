package py

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// The bytes constructor, bytes.decode, bytes.hex and bytes.fromhex.
func init() {
	BytesType.New = bytesNew
	registerLib(BytesType, map[string]MethodFunc{"decode": bytesDecode, "hex": bytesHex})
	BytesType.SetAttr("fromhex", &ClassMethod{Fn: NewBuiltin("fromhex", bytesFromHex)})
}

// bytesNew is bytes(), bytes(n), bytes(str, encoding[, errors]), bytes(bytes) and bytes(iterable of ints).
func bytesNew(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0)
	if err != nil {
		return nil, err
	}
	src := a[0]
	if s, ok := src.(*Str); ok {
		if a[1] == nil {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		return strEncode(t, s, args[1:], kwnames)
	}
	if a[1] != nil || a[2] != nil {
		if src == nil {
			return nil, Errorf(TypeErrorType, "encoding or errors without sequence argument")
		}
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	switch x := src.(type) {
	case nil:
		return &Bytes{}, nil
	case *Bytes:
		return x, nil
	case *ByteArray:
		return &Bytes{S: string(x.B)}, nil
	case Int, *BigInt, Bool:
		if isHugeInt(x) {
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		n, err := t.ToInt64(x)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if n > MaxStrLen {
			return nil, Errorf(MemoryErrorType, "bytes too large")
		}
		return &Bytes{S: string(make([]byte, n))}, nil
	}
	if r, ok, err := t.callDunder(src, "__bytes__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isBytes := r.(*Bytes); !isBytes {
			return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if !t.isIterable(src) {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", src.Type().Name)
	}
	var b []byte
	err = t.Iterate(src, func(x Object) (bool, error) {
		v, err := t.index(x)
		if err != nil {
			return false, err
		}
		n, ok := asInt64(v)
		if !ok || n < 0 || n > 255 {
			return false, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		b = append(b, byte(n))
		return len(b) <= MaxStrLen, nil
	})
	if err != nil {
		return nil, err
	}
	return &Bytes{S: string(b)}, nil
}

func bytesDecode(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	b, ok := self.(*Bytes)
	if !ok {
		return nil, descrError("decode", "bytes", self)
	}
	enc, errs, err := codecArgs("decode", args, kwnames)
	if err != nil {
		return nil, err
	}
	var out strings.Builder
	s := b.S
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			out.WriteByte(c)
			i++
			continue
		case enc == "latin-1":
			out.WriteRune(rune(c))
			i++
			continue
		case enc == "utf-8":
			if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n > 1 {
				out.WriteString(s[i : i+n])
				i += n
				continue
			}
		}
		n, reason := 1, "ordinal not in range(128)"
		if enc == "utf-8" {
			n, reason = utf8Invalid(s[i:])
		}
		switch errs {
		case "strict":
			if n == 1 {
				return nil, Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, c, i, reason)
			}
			return nil, Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, i+n-1, reason)
		case "ignore":
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, x := range []byte(s[i : i+n]) {
				out.WriteString(escapeRune(rune(x)))
			}
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errs)
		}
		i += n
	}
	return NewStr(out.String()), nil
}

// utf8Invalid says how many bytes at the start of s form an invalid UTF-8 sequence and why, in
// CPython's words.
func utf8Invalid(s string) (int, string) {
	c := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(s) {
			return k, "unexpected end of data"
		}
		b := s[k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			if k == 1 {
				return 1, "invalid continuation byte"
			}
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte"
}

func bytesHex(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	b, ok := self.(*Bytes)
	if !ok {
		return nil, descrError("hex", "bytes", self)
	}
	a, err := clinicArgs("hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0)
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString([]byte(b.S))
	if a[0] == nil {
		return NewStr(h), nil
	}
	sep, ok := a[0].(*Str)
	if !ok || sep.Len() != 1 {
		return nil, Errorf(ValueErrorType, "sep must be length 1.")
	}
	per := int64(1)
	if a[1] != nil {
		if per, err = t.ToInt64(a[1]); err != nil {
			return nil, err
		}
	}
	return NewStr(groupHex(h, sep.S, per)), nil
}

// groupHex puts sep between groups of per bytes (two digits each) of h, counting from the right
// when per is positive and from the left when negative, as bytes.hex does.
func groupHex(h, sep string, per int64) string {
	if per == 0 || len(h) == 0 {
		return h
	}
	step := int(max(per, -per)) * 2
	var parts []string
	if per > 0 {
		first := len(h) % step
		if first > 0 {
			parts = append(parts, h[:first])
		}
		for i := first; i < len(h); i += step {
			parts = append(parts, h[i:i+step])
		}
	} else {
		for i := 0; i < len(h); i += step {
			parts = append(parts, h[i:min(i+step, len(h))])
		}
	}
	return strings.Join(parts, sep)
}

// bytesFromHex is bytes.fromhex(string), called with the class first; whitespace between bytes is skipped.
func bytesFromHex(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("fromhex", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "fromhex() takes exactly one argument (%d given)", max(len(args)-1, 0))
	}
	s, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[1].Type().Name)
	}
	var out []byte
	for i := 0; i < len(s.S); {
		c := s.S[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		if i+1 >= len(s.S) || !isHexDigit(c) || !isHexDigit(s.S[i+1]) {
			pos := i
			if isHexDigit(c) {
				pos = i + 1
			}
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		v, _ := hex.DecodeString(s.S[i : i+2])
		out = append(out, v...)
		i += 2
	}
	return &Bytes{S: string(out)}, nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
