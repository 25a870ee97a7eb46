package trace

import (
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The exports write JSON by hand rather than through encoding/json's reflection (ten times slower
// on a trace of 100,000 futures, and most of what draw.wasm would link of encoding/json), byte for
// byte as encoding/json with SetEscapeHTML(false) writes it: TestFastJSONMatchesEncodingJSON and
// FuzzAppendString hold them to it.

// appendString appends s as a JSON string, escaped as encoding/json escapes it without HTML escaping:
// '"' and '\\' after a backslash; \b, \f, \n, \r and \t by name; other bytes under 0x20 as \u00XX;
// U+2028 and U+2029 as \u2028 and \u2029; each byte of invalid UTF-8 as \ufffd; all else as it is.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	done := 0 // s[:done] is in buf
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			i++
			continue
		}
		esc, size := jsonEscape(s[i:])
		if esc == "" {
			i += size
			continue
		}
		buf = append(append(buf, s[done:i]...), esc...)
		i += size
		done = i
	}
	buf = append(buf, s[done:]...)
	return append(buf, '"')
}

// jsonEscape returns the escape of the character s starts with ("" when it goes as it is) and how
// many bytes it takes: s starts with a byte that is not printable ASCII, or with '"' or '\\'.
func jsonEscape(s string) (string, int) {
	switch c := s[0]; c {
	case '"', '\\':
		return `\` + s[:1], 1
	case '\b':
		return `\b`, 1
	case '\f':
		return `\f`, 1
	case '\n':
		return `\n`, 1
	case '\r':
		return `\r`, 1
	case '\t':
		return `\t`, 1
	default:
		if c < 0x20 {
			return `\u00` + hexDigits[c>>4:c>>4+1] + hexDigits[c&0xf:c&0xf+1], 1
		}
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && size == 1:
		return `\ufffd`, 1
	case r == '\u2028' || r == '\u2029':
		return `\u202` + hexDigits[r&0xf:r&0xf+1], size
	}
	return "", size
}

const hexDigits = "0123456789abcdef"

// appendMeta appends a trace's meta as encoding/json writes a map[string]string: keys sorted.
func appendMeta(buf []byte, meta map[string]string) []byte {
	buf = append(buf, '{')
	for i, k := range slices.Sorted(maps.Keys(meta)) {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(appendString(buf, k), ':')
		buf = appendString(buf, meta[k])
	}
	return append(buf, '}')
}

// appendKey appends ,"key": (or "key": first, when buf ends with '{').
func appendKey(buf []byte, key string) []byte {
	if buf[len(buf)-1] != '{' {
		buf = append(buf, ',')
	}
	buf = append(buf, '"')
	buf = append(buf, key...)
	return append(buf, '"', ':')
}

// appendEvent appends e as encoding/json writes an Event (its field tags: zero fields other than seq
// and t left out).
func appendEvent(buf []byte, e *Event) []byte {
	buf = append(buf, `{"seq":`...)
	buf = strconv.AppendInt(buf, e.Seq, 10)
	buf = append(buf, `,"t":`...)
	buf = strconv.AppendInt(buf, e.Time, 10)
	buf = append(buf, `,"kind":`...)
	buf = appendString(buf, string(e.Kind))
	for _, f := range [...]struct {
		key string
		v   int
	}{{"thread", e.Thread}, {"proc", e.Process}, {"future", e.Future}, {"target", e.Target}} {
		if f.v != 0 {
			buf = appendKey(buf, f.key)
			buf = strconv.AppendInt(buf, int64(f.v), 10)
		}
	}
	for _, f := range [...]struct{ key, v string }{{"name", e.Name}, {"args", e.Args}, {"value", e.Value}} {
		if f.v != "" {
			buf = appendKey(buf, f.key)
			buf = appendString(buf, f.v)
		}
	}
	if e.Line != 0 {
		buf = appendKey(buf, "line")
		buf = strconv.AppendInt(buf, int64(e.Line), 10)
	}
	return append(buf, '}')
}

// appendChrome appends c as encoding/json would write it with its fields tagged in order (name, cat,
// ph, ts, pid, tid, id, s, args), the empty ones tagged omitempty but name, ph, ts, pid and tid, and its
// args a map with sorted keys.
func appendChrome(buf []byte, c *chromeEvent) []byte {
	buf = append(buf, `{"name":`...)
	buf = appendString(buf, c.Name)
	if c.Cat != "" {
		buf = append(buf, `,"cat":`...)
		buf = appendString(buf, c.Cat)
	}
	buf = append(buf, `,"ph":`...)
	buf = appendString(buf, c.Ph)
	buf = append(buf, `,"ts":`...)
	buf = c.Ts.append(buf)
	buf = append(buf, `,"pid":`...)
	buf = strconv.AppendInt(buf, int64(c.Pid), 10)
	buf = append(buf, `,"tid":`...)
	buf = strconv.AppendInt(buf, int64(c.Tid), 10)
	if c.ID != 0 {
		buf = append(buf, `,"id":`...)
		buf = strconv.AppendInt(buf, int64(c.ID), 10)
	}
	if c.S != "" {
		buf = append(buf, `,"s":`...)
		buf = appendString(buf, c.S)
	}
	if a := &c.Args; !a.empty() {
		buf = append(buf, `,"args":{`...)
		buf = appendChromeArgs(buf, a)
		buf = append(buf, '}')
	}
	return append(buf, '}')
}

// appendChromeArgs appends a's fields, keys sorted as encoding/json sorts a map's.
func appendChromeArgs(buf []byte, a *chromeArgs) []byte {
	if a.args != "" {
		buf = appendKey(buf, "args")
		buf = appendString(buf, a.args)
	}
	if a.endKind != "" {
		buf = appendKey(buf, "end")
		buf = appendString(buf, a.endKind)
	}
	if a.future != 0 {
		buf = appendKey(buf, "future")
		buf = append(buf, '"', 'f')
		buf = strconv.AppendInt(buf, int64(a.future), 10)
		buf = append(buf, '"')
	}
	if a.line != 0 {
		buf = appendKey(buf, "line")
		buf = strconv.AppendInt(buf, int64(a.line), 10)
	}
	if a.name != "" || a.meta {
		buf = appendKey(buf, "name")
		buf = appendString(buf, a.name)
	}
	if a.event {
		buf = appendKey(buf, "seq")
		buf = strconv.AppendInt(buf, a.seq, 10)
	}
	if a.target != 0 {
		buf = appendKey(buf, "target")
		buf = strconv.AppendInt(buf, int64(a.target), 10)
	}
	if a.unfinished {
		buf = appendKey(buf, "unfinished")
		buf = append(buf, "true"...)
	}
	if a.value != "" {
		buf = appendKey(buf, "value")
		buf = appendString(buf, a.value)
	}
	return buf
}
