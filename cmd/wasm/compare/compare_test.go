package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/sim/trace"
)

// poolScript and poolRecorded are compare's fixture: pool.py and its run under CPython 3.13.0, recorded.
func poolFixture(t *testing.T) (string, []byte) {
	t.Helper()
	src, err := os.ReadFile("../../../compare/testdata/pool.py")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := os.ReadFile("../../../compare/testdata/pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(src), rec
}

func TestCompareRecorded(t *testing.T) {
	src, rec := poolFixture(t)
	r, err := compareRecorded(src, rec, "pool.recorded.json", Options{Options: browserrun.Options{Filename: "pool.py"}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Ordering != 0 || !strings.HasPrefix(r.Verdict, "The order of events agrees") {
		t.Errorf("verdict %q, %d ordering differences %+v", r.Verdict, r.Ordering, r.Diffs)
	}
	if !strings.Contains(r.Recorded, "under CPython 3.13.0") || !strings.Contains(r.Simulated, "on 4 simulated cores") {
		t.Errorf("simulated %q, recorded %q", r.Simulated, r.Recorded)
	}
	for _, want := range []string{"Simulated (futurescope)", "Recorded (CPython 3.13.0)", "f1 job(3)"} {
		if !strings.Contains(r.SVG, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
	zh, err := compareRecorded(src, rec, "pool.recorded.json", Options{Options: browserrun.Options{Lang: "zh"}})
	if err != nil || !strings.Contains(zh.SVG, "实际运行（CPython 3.13.0）") {
		t.Errorf("the SVG in Chinese lacks its titles (%v)", err)
	}
}

// TestCompareRecordedDiffers compares the recording with a script whose jobs finish in another
// order: the page lists an ordering difference.
func TestCompareRecordedDiffers(t *testing.T) {
	src, rec := poolFixture(t)
	src = strings.Replace(src, "time.sleep(0.05 * n)", "time.sleep(0.05 * (5 - n))", 1)
	r, err := compareRecorded(src, rec, "pool.recorded.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Ordering == 0 || len(r.Diffs) == 0 || r.Diffs[0].Kind != "completion order" || !r.Diffs[0].Ordering {
		t.Errorf("verdict %q, diffs %+v: want a completion order difference first", r.Verdict, r.Diffs)
	}
}

func TestCompareRecordedBadFiles(t *testing.T) {
	src, rec := poolFixture(t)
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"malformed": {rec[:100], "compare: a.json is not a futurescope trace"},
		"version":   {bytes.Replace(rec, []byte(`"version":1`), []byte(`"version":2`), 1), "compare: a.json is a trace of another futurescope version"},
		"huge":      {make([]byte, 100<<20+1), "compare: a.json is 100.0 MB, larger than the 100 MB"},
	} {
		if _, err := compareRecorded(src, c.data, "a.json", Options{}); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}

// TestCompareRecordedTooBigToDraw compares a recording of more events than the page can draw: the
// differences come back, the picture does not.
func TestCompareRecordedTooBigToDraw(t *testing.T) {
	var events []trace.Event
	for i := range drawEvents + 1 {
		events = append(events, trace.Event{Seq: int64(i), Time: int64(i), Kind: trace.Print, Thread: 1, Process: 1, Value: fmt.Sprint(i)})
	}
	rec := trace.New(map[string]string{"python": "3.13.0"}, events)
	var b bytes.Buffer
	if err := trace.Encode(&b, rec); err != nil {
		t.Fatal(err)
	}
	r, err := compareRecorded("print('hi')\n", b.Bytes(), "big.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.SVG != "" || !strings.Contains(r.Recorded, "50001 events") || r.Verdict == "" {
		t.Errorf("a recording of %d events: SVG of %d bytes, recorded %q, verdict %q", rec.Len(), len(r.SVG), r.Recorded, r.Verdict)
	}
}

// TestCompareRecordedFails compares the recording with a script that fails: the comparison still
// comes back, with the failure in one line.
func TestCompareRecordedFails(t *testing.T) {
	_, rec := poolFixture(t)
	r, err := compareRecorded("1/0\n", rec, "pool.recorded.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Error != "ZeroDivisionError: division by zero" || r.Verdict == "" {
		t.Errorf("error %q, verdict %q: want the script's exception and a verdict", r.Error, r.Verdict)
	}
}
