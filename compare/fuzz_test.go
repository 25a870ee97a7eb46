package compare_test

import (
	"os"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/sim/script"
)

// FuzzLoadAndCompare feeds Load what a learner could drop on the page, and compares what it accepts
// with pool.py's simulation, then lays the differences out as the front ends do: nothing panics, an
// error names the file, and an accepted trace is a recording whose times start at the script's start.
func FuzzLoadAndCompare(f *testing.F) {
	rec, err := os.ReadFile("testdata/pool.recorded.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(rec)
	f.Add([]byte(`{"version":1,"meta":{"python":"3.13.0","script_start_ns":"50"},"events":[{"seq":0,"t":0,"kind":"process_start","proc":1},{"seq":1,"t":10,"kind":"future_create","future":1,"thread":1,"proc":1}]}`))
	f.Add([]byte(`{"version":1,"meta":{"python":"3.9.1"},"events":[{"seq":0,"t":5,"kind":"future_finish","future":7},{"seq":1,"t":6,"kind":"callback_start","future":7,"thread":9}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(` `))
	src, err := os.ReadFile("testdata/pool.py")
	if err != nil {
		f.Fatal(err)
	}
	sim := script.Run(script.Options{Filename: "pool.py", Source: src}).Trace
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := compare.Load(data, "in.json")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "compare: in.json ") {
				t.Fatalf("an error that does not name the file: %v", err)
			}
			return
		}
		if tr.Meta["python"] == "" || tr.Meta["script_start_ns"] != "" {
			t.Fatalf("accepted a trace that is not a recording, or left its times unshifted: %v", tr.Meta)
		}
		diffs := compare.Compare(sim, tr, compare.Options{})
		compare.Verdict(diffs)
		compare.Lines(diffs, 7)
		compare.Describe(tr)
	})
}
