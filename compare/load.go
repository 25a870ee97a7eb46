package compare

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// MaxBytes is the largest recorded trace Load reads, as the recorder's reader (package record) does:
// a recording of that size has about a million events, more than a timeline can show.
const MaxBytes = 100 << 20

// Load reads a recorded trace that a learner hands in (a file they recorded on their own machine with
// futurescope record or python3 -m futurescope_record) and returns it with its times taken from the
// script's start (FromScriptStart). Its errors, "compare: NAME …", say in a learner's words what the
// file is instead: too large (checked before anything is parsed), empty, not JSON (with the line and
// column), a trace of another version, or a simulated trace rather than a recording. data is never
// changed.
func Load(data []byte, name string) (*trace.Trace, error) {
	if err := CheckSize(int64(len(data)), name); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("compare: %s is empty: want a trace recorded with `futurescope record` or `python3 -m futurescope_record`", name)
	}
	t, err := trace.Decode(bytes.NewReader(data))
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "trace: ")
		if strings.HasPrefix(msg, "unsupported version") {
			return nil, fmt.Errorf("compare: %s is a trace of another futurescope version (%s): record the script again with this version's recorder", name, msg)
		}
		return nil, fmt.Errorf("compare: %s is not a futurescope trace: %s", name, msg)
	}
	if t.Meta["python"] == "" {
		return nil, fmt.Errorf("compare: %s is a simulated trace (futurescope's own export), not a recording of CPython: record the script with `python3 -m futurescope_record script.py`", name)
	}
	return FromScriptStart(t), nil
}

// CheckSize returns Load's error for a file of size bytes larger than MaxBytes, or nil: a front end
// calls it before it reads the file at all.
func CheckSize(size int64, name string) error {
	if size > MaxBytes {
		return fmt.Errorf("compare: %s is %.1f MB, larger than the %d MB a recorded trace may be: record a shorter run (fewer futures, or a --limit)",
			name, float64(size)/(1<<20), MaxBytes>>20)
	}
	return nil
}

// Describe says in one line what a recorded trace holds and what it was recorded under: its events,
// the CPython, the machine's cores, the start method of its processes, the recorder's own cost per
// event, and a limit that stopped it or a failure of the recorder.
func Describe(t *trace.Trace) string {
	m := t.Meta
	s := fmt.Sprintf("%d events under CPython %s", t.Len(), orUnknown(m["python"]))
	var in []string
	if c := m["cores"]; c != "" {
		in = append(in, c+" cores")
	}
	if sm := m["start_method"]; sm != "" {
		in = append(in, "processes by "+sm)
	}
	if o := m["overhead_ns_per_event"]; o != "" {
		in = append(in, "the recorder's cost about "+o+" ns an event")
	}
	if len(in) > 0 {
		s += " (" + strings.Join(in, ", ") + ")"
	}
	if l := m["limit"]; l != "" {
		s += "; stopped by the " + l + " limit: the run is drawn up to it"
	}
	if e := m["recorder_error"]; e != "" {
		s += "; the recorder failed and stopped recording: " + e
	}
	return s
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
