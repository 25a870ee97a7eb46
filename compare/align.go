package compare

import (
	"maps"
	"strconv"

	"github.com/futurescope/futurescope/sim/trace"
)

// FromScriptStart returns a copy of the recorded trace t with its times taken from the script's start
// (meta "script_start_ns"), as a simulated trace's are, so the two can be drawn on one time axis.
// Events before the script started (the recorder's own start-up) are put at time 0. A trace without
// that meta is copied as it is. The copy's meta no longer has "script_start_ns", so that its times
// are not shifted twice.
func FromScriptStart(t *trace.Trace) *trace.Trace {
	off, err := strconv.ParseInt(t.Meta["script_start_ns"], 10, 64)
	if err != nil || off <= 0 {
		out := *t
		out.Meta = maps.Clone(t.Meta)
		return &out
	}
	events := t.Collect()
	for i := range events {
		events[i].Time = max(events[i].Time-off, 0)
	}
	out := trace.New(maps.Clone(t.Meta), events)
	out.Version = t.Version
	delete(out.Meta, "script_start_ns")
	return out
}

// End returns the time of t's last event, 0 for an empty trace.
func End(t *trace.Trace) int64 {
	if t.Len() == 0 {
		return 0
	}
	return t.At(t.Len() - 1).Time
}
