package record_test

import (
	"bytes"
	"testing"

	"github.com/futurescope/futurescope/record"
	"github.com/futurescope/futurescope/sim/trace"
)

// FuzzRead feeds Read what a learner's file could hold: it never panics, and what it accepts is a
// valid trace that encodes.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"version":1,"meta":{"python":"3.13.0"},"events":[{"seq":0,"t":0,"kind":"process_start","proc":1}]}`))
	f.Add([]byte(`{"version":1,"events":[{"seq":1,"t":5,"kind":"print","value":"\ud800"},{"seq":0,"t":0,"kind":"print"}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := record.Read(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			return
		}
		if err := tr.Validate(); err != nil {
			t.Fatalf("Read accepted an invalid trace: %v", err)
		}
		var b bytes.Buffer
		if err := trace.Encode(&b, tr); err != nil {
			t.Fatalf("an accepted trace does not encode: %v", err)
		}
	})
}
