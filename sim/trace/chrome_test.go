package trace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

func TestWriteChromeGolden(t *testing.T) {
	golden(t, "sample.chrome.json", chrome(t, sampleTrace()))
}

func TestWriteChromeIsWellFormed(t *testing.T) {
	broken := New(nil, []Event{
		{Seq: 0, Time: 0, Kind: ProcessStart, Process: 1, Name: "MainProcess"},
		{Seq: 1, Time: 0, Kind: CallEnd, Thread: 1, Process: 1, Name: "wait"},                 // end without start
		{Seq: 2, Time: 1, Kind: CallStart, Thread: 1, Process: 1, Name: "result"},             // closed by its task's end
		{Seq: 3, Time: 1, Kind: GILAcquire, Thread: 1, Process: 1},                            // taken over below
		{Seq: 4, Time: 2, Kind: GILAcquire, Thread: 2, Process: 1},                            // never released
		{Seq: 5, Time: 3, Kind: GILRelease, Thread: 1, Process: 1},                            // not the holder
		{Seq: 6, Time: 3, Kind: TaskStart, Thread: 2, Process: 1, Future: 9},                  // no FutureCreate
		{Seq: 7, Time: 4, Kind: CallStart, Thread: 2, Process: 1, Name: "sleep"},              // closed by TaskEnd
		{Seq: 8, Time: 5, Kind: TaskEnd, Thread: 2, Process: 1, Future: 9},                    // closes sleep first
		{Seq: 9, Time: 6, Kind: FutureCreate, Thread: 1, Process: 1, Future: 5, Name: "loop"}, // never ends
		{Seq: 10, Time: 6, Kind: FutureCreate, Thread: 1, Process: 1, Future: 5},              // repeated
		{Seq: 11, Time: 7, Kind: FutureCancelled, Thread: 1, Process: 1, Future: 6},           // never created
		{Seq: 12, Time: 8, Kind: Limit, Name: "time", Value: "time limit reached"},            // no thread, no process
	})
	for _, tr := range []*Trace{sampleTrace(), broken, {Version: Version}} {
		if err := checkChrome(chrome(t, tr)); err != nil {
			t.Errorf("%v\n%s", err, chrome(t, tr))
		}
	}
}

func TestMicros(t *testing.T) {
	tests := []struct {
		ns   int64
		want string
	}{
		{0, "0"}, {1, "0.001"}, {999, "0.999"}, {1000, "1"}, {1500, "1.5"}, {1010, "1.01"},
		{500_000_000, "500000"}, {-500, "-0.5"}, {-2000, "-2"},
	}
	for _, tt := range tests {
		got, err := micros(tt.ns).MarshalJSON()
		if err != nil || string(got) != tt.want {
			t.Errorf("micros(%d).MarshalJSON() = %s, %v; want %s", tt.ns, got, err, tt.want)
		}
	}
}

// chrome returns WriteChrome's output for tr, failing the test on error.
func chrome(t *testing.T, tr *Trace) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteChrome(&b, tr); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkChrome parses a Chrome trace and checks what a viewer relies on: on each (pid, tid) the
// timestamps never decrease and every B has a matching E (same name, properly nested); every async "b"
// has one "e" with the same category, id and name; instants have a scope.
func checkChrome(data []byte) error {
	var file struct {
		TraceEvents []struct {
			Name, Cat, Ph, S string
			Ts               float64
			Pid, Tid, ID     int
		}
		DisplayTimeUnit string
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&struct {
		TraceEvents     *[]json.RawMessage
		DisplayTimeUnit *string
		OtherData       map[string]string
	}{}); err != nil {
		return fmt.Errorf("top level: %v", err)
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return err
	}
	if file.DisplayTimeUnit != "ms" {
		return fmt.Errorf("displayTimeUnit = %q", file.DisplayTimeUnit)
	}
	type track struct{ pid, tid int }
	type life struct {
		cat  string
		id   int
		name string
	}
	last := map[track]float64{}
	stacks := map[track][]string{}
	lives := map[life]bool{}
	for i, e := range file.TraceEvents {
		tr := track{e.Pid, e.Tid}
		if e.Ph == "M" {
			continue
		}
		if e.Ts < last[tr] {
			return fmt.Errorf("event %d: ts %v before %v on %v", i, e.Ts, last[tr], tr)
		}
		last[tr] = e.Ts
		switch e.Ph {
		case "B":
			stacks[tr] = append(stacks[tr], e.Name)
		case "E":
			s := stacks[tr]
			if len(s) == 0 || s[len(s)-1] != e.Name {
				return fmt.Errorf("event %d: E %q does not match open spans %q on %v", i, e.Name, s, tr)
			}
			stacks[tr] = s[:len(s)-1]
		case "b", "e":
			l := life{e.Cat, e.ID, e.Name}
			if lives[l] == (e.Ph == "b") {
				return fmt.Errorf("event %d: unmatched %s for %+v", i, e.Ph, l)
			}
			lives[l] = e.Ph == "b"
		case "i":
			if e.S == "" {
				return fmt.Errorf("event %d: instant without scope", i)
			}
		default:
			return fmt.Errorf("event %d: unexpected ph %q", i, e.Ph)
		}
	}
	for tr, s := range stacks {
		if len(s) > 0 {
			return fmt.Errorf("spans %q never end on %v", s, tr)
		}
	}
	for l, open := range lives {
		if open {
			return fmt.Errorf("life %+v never ends", l)
		}
	}
	return nil
}
