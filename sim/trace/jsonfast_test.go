package trace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"testing"
)

// reference returns v as encoding/json writes it without HTML escaping.
func reference(t *testing.T, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// awkward are strings whose JSON needs escapes, or looks as if it might.
var awkward = []string{"", "plain", `say "hi"`, `back\slash`, "tab\there", "line\nbreak\r", "\b\f\x00\x1f\x7f",
	"<a&b>", "é ünï 中文 😀", "\u2028\u2029", "bad \xff utf-8 \xc3", "=", "'single'"}

// TestFastJSONMatchesEncodingJSON checks that the hand-written JSON of events and Chrome events is
// encoding/json's, byte for byte.
func TestFastJSONMatchesEncodingJSON(t *testing.T) {
	for i, s := range awkward {
		for _, e := range []Event{
			{},
			{Seq: int64(i), Time: math.MaxInt64, Kind: Kind(s), Thread: -3, Process: 1, Future: i, Target: math.MinInt32, Name: s, Args: s, Value: s, Line: 7},
			{Seq: 1, Time: 2, Kind: Print, Value: s},
		} {
			if got, want := string(appendEvent(nil, &e)), reference(t, e); got != want {
				t.Errorf("event %+v:\n got %s\nwant %s", e, got, want)
			}
		}
		for _, c := range []chromeEvent{
			{Name: s, Ph: "i", Ts: micros(-1500)},
			{Name: s, Cat: s, Ph: "B", Ts: 2_000_001, Pid: 3, Tid: -4, ID: 5, S: s,
				Args: chromeArgs{event: true, seq: 9, future: 1, target: 2, name: s, args: s, value: s, line: 12, endKind: s, unfinished: true}},
			{Name: "x", Ph: "e"},
			{Name: "x", Ph: "e", Args: chromeArgs{event: true}},
			{Name: "x", Ph: "E", Args: chromeArgs{value: s}},
			{Name: "x", Ph: "e", Args: chromeArgs{endKind: "FutureFinish", value: s}},
			{Name: "thread_name", Ph: "M", Args: chromeArgs{meta: true, name: s}},
			{Name: "x", Ph: "E", Args: chromeArgs{unfinished: true}},
		} {
			if got, want := string(appendChrome(nil, &c)), reference(t, c.reference()); got != want {
				t.Errorf("chrome event %+v:\n got %s\nwant %s", c, got, want)
			}
		}
	}
}

// refChromeEvent is a Chrome event as encoding/json writes it, args a map: the reference for
// appendChrome.
type refChromeEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   micros         `json:"ts"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	ID   int            `json:"id,omitempty"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// reference returns c as a refChromeEvent, each set field of its args a key.
func (c chromeEvent) reference() refChromeEvent {
	a, args := c.Args, map[string]any{}
	if a.event {
		args["seq"] = a.seq
	}
	if a.future != 0 {
		args["future"] = fmt.Sprintf("f%d", a.future)
	}
	if a.target != 0 {
		args["target"] = a.target
	}
	if a.line != 0 {
		args["line"] = a.line
	}
	if a.name != "" || a.meta {
		args["name"] = a.name
	}
	if a.args != "" {
		args["args"] = a.args
	}
	if a.value != "" {
		args["value"] = a.value
	}
	if a.endKind != "" {
		args["end"] = a.endKind
	}
	if a.unfinished {
		args["unfinished"] = true
	}
	return refChromeEvent{Name: c.Name, Cat: c.Cat, Ph: c.Ph, Ts: c.Ts, Pid: c.Pid, Tid: c.Tid, ID: c.ID, S: c.S, Args: args}
}

// FuzzAppendString holds the hand-written JSON strings to encoding/json's for any bytes: a trace's
// strings are the script's (its prints, reprs and names), so anything may come.
func FuzzAppendString(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), reference(t, s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

// TestMetaMatchesEncodingJSON checks a trace's meta as Encode and WriteChrome write it: encoding/json's
// map, keys sorted, byte for byte.
func TestMetaMatchesEncodingJSON(t *testing.T) {
	for _, meta := range []map[string]string{{}, {"a": "1"}, {"python": "3.13", "cores": "4", "file": "lesson.py", "": ""}} {
		m := map[string]string{}
		for i, s := range awkward {
			m[s] = awkward[len(awkward)-1-i]
		}
		for _, mm := range []map[string]string{meta, m} {
			if got, want := string(appendMeta(nil, mm)), reference(t, mm); got != want {
				t.Errorf("meta %q:\n got %s\nwant %s", mm, got, want)
			}
		}
	}
}
