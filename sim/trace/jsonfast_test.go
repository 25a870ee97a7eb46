package trace

import (
	"bytes"
	"encoding/json"
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
				Args: map[string]any{"seq": int64(9), "future": "f1", "target": 2, "name": s, "args": s, "value": s, "line": 12, "unfinished": true}},
			{Name: "x", Ph: "e", Args: map[string]any{}},
		} {
			if got, want := string(appendChrome(nil, &c)), reference(t, c); got != want {
				t.Errorf("chrome event %+v:\n got %s\nwant %s", c, got, want)
			}
		}
	}
}
