package trace

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Encode writes t as JSON: one object with the keys "version", "meta" (left out when empty, keys sorted)
// and "events", one event a line so that two traces diff well:
//
//	{"version":1,"meta":{"cores":"4"},"events":[
//	{"seq":0,"t":0,"kind":"process_start","proc":1,"target":1,"name":"MainProcess"},
//	{"seq":1,"t":0,"kind":"thread_start","thread":1,"proc":1,"name":"MainThread"}
//	]}
//
// Event fields are those of Event's JSON tags; zero fields other than seq and t are left out. Characters
// such as <, > and & are written as they are, not escaped. The output depends only on t, and Decode reads
// it back to an equal trace, so Encode(Decode(Encode(t))) is Encode(t) byte for byte.
//
// Encode refuses a trace that Validate rejects, so whatever it writes, Decode reads.
func Encode(w io.Writer, t *Trace) error {
	if err := t.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `{"version":%d`, t.Version)
	if len(t.Meta) > 0 {
		bw.WriteString(`,"meta":`)
		bw.Write(appendMeta(nil, t.Meta))
	}
	bw.WriteString(`,"events":`)
	if t.Len() == 0 {
		bw.WriteString("[]")
	}
	var buf []byte
	for i, e := range t.Events() {
		buf = append(buf[:0], ",\n"...)
		if i == 0 {
			buf = append(buf[:0], "[\n"...)
		}
		buf = appendEvent(buf, &e)
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	if t.Len() > 0 {
		bw.WriteString("\n]")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// Decode reads a trace that Encode wrote, or any JSON document of the same shape.
//
// It checks the version first, so a trace from another version fails with
// "trace: unsupported version 2, want 1" rather than with a complaint about its fields. It then refuses
// fields Event and Trace do not have, anything after the trace's one JSON object, and whatever Validate
// rejects. Syntax errors give their line and column. An empty Meta or Events decodes as nil. Like
// encoding/json, Decode matches keys without regard to case ("Seq" sets Seq) and lets the last of
// repeated keys win; Encode always writes the keys once, in lower case.
func Decode(r io.Reader) (*Trace, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("trace: %v", err)
	}
	switch trimmed := bytes.TrimSpace(data); {
	case len(trimmed) == 0:
		return nil, errors.New("trace: empty input")
	case trimmed[0] != '{':
		return nil, errors.New("trace: not a JSON object")
	}
	if err := checkVersion(data); err != nil {
		return nil, err
	}
	var raw jsonTrace
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, jsonError(data, err)
	}
	if len(raw.Meta) == 0 {
		raw.Meta = nil
	}
	return build(raw.Meta, raw.Events)
}

// jsonTrace is the JSON form's document, as encoding/json reads and writes it.
type jsonTrace struct {
	Version int               `json:"version"`
	Meta    map[string]string `json:"meta,omitempty"`
	Events  []Event           `json:"events"`
}

// MarshalJSON returns t in the JSON form, as Encode writes it.
func (t *Trace) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, t); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalJSON reads t from the JSON form, as Decode does (Decode gives better errors).
func (t *Trace) UnmarshalJSON(data []byte) error {
	got, err := Decode(bytes.NewReader(data))
	if err != nil {
		return err
	}
	*t = *got
	return nil
}

// checkVersion parses data leniently (unknown fields allowed), which also catches syntax errors and
// trailing data, and checks its version.
func checkVersion(data []byte) error {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return jsonError(data, err)
	}
	if probe.Version == nil {
		return errors.New("trace: version missing")
	}
	if *probe.Version != Version {
		return versionError(*probe.Version)
	}
	return nil
}

// jsonError turns an encoding/json error into a "trace: " error, with the line and column of the input
// where the error gives an offset: the offending character of a syntax error, the end of a value of the
// wrong type.
func jsonError(data []byte, err error) error {
	msg := strings.TrimPrefix(err.Error(), "json: ")
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		// Offset counts the bytes read, the offending one included.
		return fmt.Errorf("trace: %s: %s", position(data, syntax.Offset-1), msg)
	case errors.As(err, &typ):
		return fmt.Errorf("trace: %s: %s", position(data, typ.Offset), msg)
	}
	return fmt.Errorf("trace: %s", msg)
}

// position gives the 1-based line and column of byte offset off in data, as "line 3 col 14".
func position(data []byte, off int64) string {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d col %d", line, col)
}
