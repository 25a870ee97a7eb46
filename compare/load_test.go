package compare_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// testdata/pool.recorded.json is testdata/pool.py recorded under CPython 3.13.0 by the recorder
// (PYTHONPATH=record python3.13 -m futurescope_record -o pool.recorded.json pool.py).
func recorded(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestLoadRecorded(t *testing.T) {
	rec, err := compare.Load(recorded(t), "pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Meta["script_start_ns"] != "" {
		t.Error("Load kept script_start_ns: its times would be shifted twice")
	}
	if len(rec.Futures()) != 4 {
		t.Errorf("%d futures, want the script's 4", len(rec.Futures()))
	}
	d := compare.Describe(rec)
	for _, want := range []string{"events under CPython 3.13.0", "2 cores", "ns an event"} {
		if !strings.Contains(d, want) {
			t.Errorf("Describe = %q, want it to say %q", d, want)
		}
	}
}

// TestLoadBadInput hands Load what a learner might drop on the page instead of a recording: each
// gets an error that says what the file is, and nothing panics.
func TestLoadBadInput(t *testing.T) {
	good := recorded(t)
	var sim bytes.Buffer
	src, _ := os.ReadFile("testdata/pool.py")
	if err := trace.Encode(&sim, script.Run(script.Options{Filename: "pool.py", Source: src}).Trace); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "is empty"},
		{"spaces", []byte(" \n\t"), "is empty"},
		{"a picture", []byte("\x89PNG\r\n\x1a\n"), "not a futurescope trace: not a JSON object"},
		{"cut short", good[:len(good)/2], "not a futurescope trace: line"},
		{"a list", []byte(`[1, 2]`), "not a futurescope trace"},
		{"no version", []byte(`{"events": []}`), "not a futurescope trace: version missing"},
		{"another version", bytes.Replace(good, []byte(`{"version":1,`), []byte(`{"version":7,`), 1), "another futurescope version (unsupported version 7, want 1)"},
		{"an unknown kind", bytes.Replace(good, []byte(`"kind":"thread_start"`), []byte(`"kind":"teleport"`), 1), "not a futurescope trace"},
		{"simulated", sim.Bytes(), "a simulated trace"},
	} {
		_, err := compare.Load(c.data, "my.json")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "compare: my.json ") {
			t.Errorf("%s: error %v, want one naming my.json that says %q", c.name, err, c.want)
		}
	}
}

// TestLoadHuge refuses a file over MaxBytes before parsing any of it, with its size in the error.
func TestLoadHuge(t *testing.T) {
	huge := make([]byte, compare.MaxBytes+1) // zeros: parsing them would fail differently
	_, err := compare.Load(huge, "big.json")
	if err == nil || !strings.Contains(err.Error(), "is 100.0 MB, larger than the 100 MB") {
		t.Errorf("error %v, want the size refused", err)
	}
	if err := compare.CheckSize(compare.MaxBytes, "ok.json"); err != nil {
		t.Errorf("CheckSize(MaxBytes) = %v, want nil", err)
	}
	if err := compare.CheckSize(150<<20, "big.json"); err == nil || !strings.Contains(err.Error(), "big.json is 150.0 MB") {
		t.Errorf("CheckSize(150 MB) = %v", err)
	}
}

// TestPoolAgainstItsRecording compares pool.py's simulation with its recording: the futures and the
// callback's thread match, and the verdict and lines say so.
func TestPoolAgainstItsRecording(t *testing.T) {
	rec, err := compare.Load(recorded(t), "pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile("testdata/pool.py")
	sim := script.Run(script.Options{Filename: "pool.py", Source: src}).Trace
	diffs := compare.Compare(sim, rec, compare.Options{})
	for _, d := range diffs {
		if d.Ordering() {
			t.Errorf("an ordering difference: %v", d)
		}
	}
	if v := compare.Verdict(diffs); !strings.HasPrefix(v, "The order of events agrees with CPython") {
		t.Errorf("Verdict = %q", v)
	}
}

func TestVerdictAndLines(t *testing.T) {
	order := compare.Difference{Kind: compare.Order, What: "futures 1 (a) and 2 (b)", Simulated: "1 first", Recorded: "2 first", Cause: "jitter"}
	tie := order
	tie.Tie = true
	timing := compare.Difference{Kind: compare.Timing, What: "future 1 finished at", Simulated: "100ms", Recorded: "300ms"}
	for _, c := range []struct {
		diffs []compare.Difference
		want  string
	}{
		{nil, "The order of events agrees with CPython, and every future finished within the tolerance."},
		{[]compare.Difference{timing}, "The order of events agrees with CPython; 1 finishing time off by more than the tolerance."},
		{[]compare.Difference{order, order, tie, timing, timing}, "2 differences in the order of events, and 1 tie the simulation broke its own way and 2 finishing times off by more than the tolerance."},
	} {
		if got := compare.Verdict(c.diffs); got != c.want {
			t.Errorf("Verdict = %q, want %q", got, c.want)
		}
	}
	lines := compare.Lines([]compare.Difference{order, timing}, 0)
	if len(lines) != 3 || !lines[0].Ordering || !lines[1].Cause || lines[1].Text != "why: jitter" || lines[2].Ordering {
		t.Errorf("Lines = %+v", lines)
	}
	// Five differences with causes in 6 lines: two shown with their causes, then how many are left.
	many := []compare.Difference{order, order, order, order, order}
	lines = compare.Lines(many, 6)
	if len(lines) > 6 || lines[len(lines)-1].Text != "… and 3 more differences" {
		t.Errorf("Lines(5, max 6) = %+v", lines)
	}
}
