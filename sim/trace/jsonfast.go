package trace

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// The exports write events by hand rather than through encoding/json's reflection (ten times slower
// on a trace of 100,000 futures), byte for byte as encoding/json with SetEscapeHTML(false) would:
// TestFastJSONMatchesEncodingJSON holds them to it.

// appendString appends s as a JSON string. Strings of printable ASCII other than '"' and '\\' go as
// they are; any other goes through encoding/json, whose escapes are the reference.
func appendString(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' {
			return appendSlow(buf, s)
		}
	}
	buf = append(buf, '"')
	buf = append(buf, s...)
	return append(buf, '"')
}

// appendSlow appends v as encoding/json writes it without HTML escaping.
func appendSlow(buf []byte, v any) []byte {
	var b jsonBuffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // strings, numbers and bools always encode
	}
	return append(buf, b[:len(b)-1]...) // without Encode's newline
}

// jsonBuffer is an io.Writer that appends to itself.
type jsonBuffer []byte

func (b *jsonBuffer) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
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
