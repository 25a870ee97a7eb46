package trace

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestEncodeGolden(t *testing.T) {
	golden(t, "sample.json", encode(t, sampleTrace()))
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		tr   *Trace
	}{
		{"sample", sampleTrace()},
		{"empty", &Trace{Version: Version}},
		{"meta only", &Trace{Version: Version, Meta: map[string]string{"b": "2", "a": "1", "": "empty key"}}},
		{"awkward strings", New(nil, []Event{
			{Seq: 0, Kind: Print, Thread: 1, Process: 1, Value: "<Future at 0x7f state=finished> & \"quotes\""},
			{Seq: 1, Kind: Print, Thread: 1, Process: 1, Value: "tab\tnewline\nnul\x00 é \u2028 😀"},
			{Seq: 5, Time: 1<<62 + 1, Kind: Error, Value: `ValueError: bad \ path`},
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := encode(t, tt.tr)
			if !json.Valid(first) {
				t.Fatalf("Encode wrote invalid JSON:\n%s", first)
			}
			back, err := Decode(bytes.NewReader(first))
			if err != nil {
				t.Fatalf("Decode: %v\n%s", err, first)
			}
			if !reflect.DeepEqual(back, tt.tr) {
				t.Errorf("Decode(Encode(t)) = %+v\nwant %+v", back, tt.tr)
			}
			if again := encode(t, back); !bytes.Equal(again, first) {
				t.Errorf("second encoding differs:\n%s\nfirst:\n%s", again, first)
			}
		})
	}
}

func TestEncodeLayout(t *testing.T) {
	tr := New(map[string]string{"z": "<&>", "a": "1"}, []Event{
		{Seq: 0, Kind: ThreadStart, Thread: 1, Process: 1, Name: "MainThread"},
		{Seq: 1, Time: 5, Kind: Print, Thread: 1, Process: 1, Value: "hi"},
	})
	want := `{"version":1,"meta":{"a":"1","z":"<&>"},"events":[
{"seq":0,"t":0,"kind":"thread_start","thread":1,"proc":1,"name":"MainThread"},
{"seq":1,"t":5,"kind":"print","thread":1,"proc":1,"value":"hi"}
]}
`
	if got := string(encode(t, tr)); got != want {
		t.Errorf("Encode wrote\n%s\nwant\n%s", got, want)
	}
	if got, want := string(encode(t, &Trace{Version: Version})), `{"version":1,"events":[]}`+"\n"; got != want {
		t.Errorf("Encode(empty) = %q, want %q", got, want)
	}
}

func TestEncodeRejectsInvalid(t *testing.T) {
	tests := []struct {
		name string
		tr   *Trace
		want string
	}{
		{"nil", nil, "trace: nil trace"},
		{"zero version", &Trace{}, "trace: unsupported version 0, want 1"},
		{"unknown kind", New(nil, []Event{{Kind: "oops"}}), `trace: event 0: unknown kind "oops"`},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := Encode(&b, tt.tr)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Encode error = %v, want %q", tt.name, err, tt.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: Encode wrote %q before failing", tt.name, b.String())
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	sample := encode(t, sampleTrace())
	ev := func(s string) string { return `{"version":1,"events":[` + s + `]}` }
	tests := []struct {
		name, in string
		want     string // the error, or its start when it ends in "…"
	}{
		{"empty input", "  \n", "trace: empty input"},
		{"wrong version", `{"version":2,"events":[]}`, "trace: unsupported version 2, want 1"},
		{"zero version", `{"version":0}`, "trace: unsupported version 0, want 1"},
		{"newer version with new fields", `{"version":3,"clock":"tsc","events":[]}`, "trace: unsupported version 3, want 1"},
		{"no version", `{"events":[]}`, "trace: version missing"},
		{"null version", `{"version":null}`, "trace: version missing"},
		{"version as string", `{"version":"1"}`, "trace: line 1 col …"},
		{"not an object", `[1,2]`, "trace: not a JSON object"},
		{"a string", `"trace"`, "trace: not a JSON object"},
		{"time goes back", ev(`{"seq":0,"t":5,"kind":"print"},{"seq":1,"t":4,"kind":"print"}`), "trace: event 1: time 4 before time 5"},
		{"seq repeats", ev(`{"seq":0,"t":0,"kind":"print"},{"seq":0,"t":1,"kind":"print"}`), "trace: event 1: seq 0 not after seq 0"},
		{"seq goes back", ev(`{"seq":3,"t":0,"kind":"print"},{"seq":2,"t":0,"kind":"print"}`), "trace: event 1: seq 2 not after seq 3"},
		{"negative time", ev(`{"seq":0,"t":-1,"kind":"print"}`), "trace: event 0: negative time -1"},
		{"negative seq", ev(`{"seq":-1,"t":0,"kind":"print"}`), "trace: event 0: negative seq -1"},
		{"unknown kind", ev(`{"seq":0,"t":0,"kind":"print"},{"seq":1,"t":0,"kind":"teleport"}`), `trace: event 1: unknown kind "teleport"`},
		{"missing kind", ev(`{"seq":0,"t":0}`), `trace: event 0: unknown kind ""`},
		{"null event", ev(`null`), `trace: event 0: unknown kind ""`},
		{"unknown trace field", `{"version":1,"events":[],"extra":true}`, `trace: unknown field "extra"`},
		{"unknown event field", ev(`{"seq":0,"t":0,"kind":"print","colour":"red"}`), `trace: unknown field "colour"`},
		{"wrong field type", ev(`{"seq":0,"t":"soon","kind":"print"}`), "trace: line 1 col …"},
		{"fractional time", ev(`{"seq":0,"t":1.5,"kind":"print"}`), "trace: line 1 col …"},
		{"truncated", string(sample[:len(sample)/2]), "trace: line …"},
		{"truncated at the end", string(sample[:len(sample)-3]), "trace: line …"},
		{"trailing data", `{"version":1,"events":[]} {}`, "trace: line 1 col …"},
		{"syntax error", "{\"version\":1,\n\"events\":[}", "trace: line 2 col 11: …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Decode(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("Decode succeeded: %+v", tr)
			}
			if tr != nil {
				t.Errorf("Decode returned a trace with its error")
			}
			if !matches(err.Error(), tt.want) {
				t.Errorf("Decode error = %q, want %q", err, tt.want)
			}
		})
	}
}

// matches reports whether got is want, or starts with want's text before a final "…".
func matches(got, want string) bool {
	if prefix, ok := strings.CutSuffix(want, "…"); ok {
		return strings.HasPrefix(got, prefix)
	}
	return got == want
}

func TestDecodeNormalizesEmpty(t *testing.T) {
	for _, in := range []string{
		`{"version":1}`,
		`{"version":1,"meta":{},"events":[]}`,
		`{"version":1,"meta":null,"events":null}`,
	} {
		tr, err := Decode(strings.NewReader(in))
		if err != nil {
			t.Fatalf("Decode(%s): %v", in, err)
		}
		if tr.Meta != nil || tr.Len() != 0 {
			t.Errorf("Decode(%s) = %#v, want nil Meta and Events", in, tr)
		}
	}
}

func TestDecodeGolden(t *testing.T) {
	tr, err := Decode(bytes.NewReader(encode(t, sampleTrace())))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tr, sampleTrace()) {
		t.Error("decoding the sample gave a different trace")
	}
}

// TestEncodingJSONCompatible checks that the JSON form is the one encoding/json gives Trace's field tags:
// json.Unmarshal reads what Encode writes, and Decode reads what json.Marshal writes.
func TestEncodingJSONCompatible(t *testing.T) {
	want := sampleTrace()
	var got Trace
	if err := json.Unmarshal(encode(t, want), &got); err != nil || !reflect.DeepEqual(&got, want) {
		t.Errorf("json.Unmarshal(Encode(t)) = %+v, %v", got, err)
	}
	marshalled, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(bytes.NewReader(marshalled))
	if err != nil || !reflect.DeepEqual(back, want) {
		t.Errorf("Decode(json.Marshal(t)) = %+v, %v", back, err)
	}
}
