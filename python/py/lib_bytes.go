package py

import (
	"strings"
)

// The methods of bytes that search, split, strip and change ASCII case; bytes hold raw bytes, so
// these work on bytes where str's methods work on code points.
func init() {
	m := map[string]MethodFunc{
		"upper":      bytesMap("upper", asciiUpper),
		"lower":      bytesMap("lower", asciiLower),
		"swapcase":   bytesMap("swapcase", asciiSwap),
		"strip":      bytesStrip("strip", true, true),
		"lstrip":     bytesStrip("lstrip", true, false),
		"rstrip":     bytesStrip("rstrip", false, true),
		"split":      bytesSplit("split", false),
		"rsplit":     bytesSplit("rsplit", true),
		"join":       bytesJoin,
		"replace":    bytesReplace,
		"find":       bytesFind("find", false, false),
		"rfind":      bytesFind("rfind", true, false),
		"index":      bytesFind("index", false, true),
		"rindex":     bytesFind("rindex", true, true),
		"count":      bytesCount,
		"startswith": bytesAffixTest("startswith", strings.HasPrefix),
		"endswith":   bytesAffixTest("endswith", strings.HasSuffix),
		"partition":  bytesPartition("partition", strings.Index),
		"rpartition": bytesPartition("rpartition", strings.LastIndex),
	}
	for name, test := range map[string]func(byte) bool{
		"isalpha": isASCIIAlpha, "isdigit": isASCIIDigit, "isspace": isASCIISpace,
		"isalnum": func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) },
		"isupper": func(c byte) bool { return c >= 'A' && c <= 'Z' }, "islower": func(c byte) bool { return c >= 'a' && c <= 'z' },
	} {
		m[name] = bytesTest(name, test)
	}
	registerLib(BytesType, m)
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiSwap(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return asciiLower(c)
}

func isASCIIAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// asciiWhitespace is what bytes.split() and bytes.strip() remove by default.
const asciiWhitespace = " \t\n\r\v\f"

// bytesSelf returns the receiver of a bytes method.
func bytesSelf(method string, self Object, args []Object, kwnames []string, lo, hi int) (string, error) {
	if err := NoKwargs(method, kwnames); err != nil {
		return "", err
	}
	if err := argCount("bytes", method, len(args), lo, hi); err != nil {
		return "", err
	}
	b, ok := self.(*Bytes)
	if !ok {
		return "", descrError(method, "bytes", self)
	}
	return b.S, nil
}

// bytesLike returns the bytes of a bytes argument, with CPython's error for anything else.
func bytesLike(o Object) (string, error) {
	if s, ok := bytesOf(o); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func bytesMap(name string, fn func(byte) byte) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		b := []byte(s)
		for i, c := range b {
			b[i] = fn(c)
		}
		return &Bytes{S: string(b)}, nil
	}
}

func bytesTest(name string, test func(byte) bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return False, nil
		}
		for i := 0; i < len(s); i++ {
			if !test(s[i]) {
				return False, nil
			}
		}
		return True, nil
	}
}

func bytesStrip(name string, left, right bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 0, 1)
		if err != nil {
			return nil, err
		}
		chars := asciiWhitespace
		if len(args) == 1 && args[0] != None {
			if chars, err = bytesLike(args[0]); err != nil {
				return nil, err
			}
		}
		if left {
			s = strings.TrimLeft(s, chars)
		}
		if right {
			s = strings.TrimRight(s, chars)
		}
		return &Bytes{S: s}, nil
	}
}

func bytesSplit(name string, fromRight bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		a, err := clinicArgs(name, args, kwnames, []string{"sep", "maxsplit"}, 0)
		if err != nil {
			return nil, err
		}
		b, ok := self.(*Bytes)
		if !ok {
			return nil, descrError(name, "bytes", self)
		}
		maxsplit := -1
		if a[1] != nil {
			n, err := t.ToInt64(a[1])
			if err != nil {
				return nil, err
			}
			maxsplit = int(max(min(n, 1<<30), -1))
		}
		var parts []string
		if a[0] == nil || a[0] == None {
			parts = splitASCIIWhitespace(b.S, maxsplit, fromRight)
		} else {
			sep, err := bytesLike(a[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			parts = splitSep(b.S, sep, maxsplit, fromRight)
		}
		items := make([]Object, len(parts))
		for i, p := range parts {
			items[i] = &Bytes{S: p}
		}
		return NewList(items), nil
	}
}

// splitSep splits s at sep at most maxsplit times (< 0: all), from the right if asked.
func splitSep(s, sep string, maxsplit int, fromRight bool) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	if !fromRight {
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var tail []string
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		tail = append(tail, s[i+len(sep):])
		s = s[:i]
	}
	out := []string{s}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// splitASCIIWhitespace splits at runs of ASCII whitespace, dropping empty ends, at most maxsplit times.
func splitASCIIWhitespace(s string, maxsplit int, fromRight bool) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
	if maxsplit < 0 || len(fields) <= maxsplit+1 {
		return fields
	}
	if fromRight {
		rest := s
		var tail []string
		for k := 0; k < maxsplit; k++ {
			rest = strings.TrimRight(rest, asciiWhitespace)
			i := strings.LastIndexAny(rest, asciiWhitespace)
			tail = append(tail, rest[i+1:])
			rest = rest[:i+1]
		}
		out := []string{strings.TrimRight(rest, asciiWhitespace)}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
		return out
	}
	rest := s
	var out []string
	for k := 0; k < maxsplit; k++ {
		rest = strings.TrimLeft(rest, asciiWhitespace)
		i := strings.IndexAny(rest, asciiWhitespace)
		out = append(out, rest[:i])
		rest = rest[i:]
	}
	return append(out, strings.TrimLeft(rest, asciiWhitespace))
}

func bytesJoin(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	sep, err := bytesSelf("join", self, args, kwnames, 1, 1)
	if err != nil {
		return nil, err
	}
	var parts []string
	total := 0
	err = t.Iterate(args[0], func(x Object) (bool, error) {
		b, ok := bytesOf(x)
		if !ok {
			return false, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", len(parts), x.Type().Name)
		}
		total += len(b) + len(sep)
		if total > MaxStrLen {
			return false, Errorf(MemoryErrorType, "bytes too large")
		}
		parts = append(parts, b)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if err := t.chargeBytes(total); err != nil {
		return nil, err
	}
	return &Bytes{S: strings.Join(parts, sep)}, nil
}

func bytesReplace(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := bytesSelf("replace", self, args, kwnames, 2, 3)
	if err != nil {
		return nil, err
	}
	old, err := bytesLike(args[0])
	if err != nil {
		return nil, err
	}
	repl, err := bytesLike(args[1])
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) == 3 {
		n, err := t.ToInt64(args[2])
		if err != nil {
			return nil, err
		}
		count = int(max(min(n, 1<<30), -1))
	}
	n := strings.Count(s, old)
	if count >= 0 {
		n = min(n, count)
	}
	if len(s)+n*(len(repl)-len(old)) > MaxStrLen {
		return nil, Errorf(MemoryErrorType, "bytes too large")
	}
	return &Bytes{S: strings.Replace(s, old, repl, count)}, nil
}
