package trace

import (
	"errors"
	"fmt"
	"strings"
)

// Validate reports the first rule t breaks, or nil. The rules are those every encoded trace obeys:
//
//   - Version equals the package's Version;
//   - every event's Kind is Known;
//   - Time and Seq are never negative;
//   - Seq strictly increases from one event to the next, and Time never decreases, so the events are in
//     increasing (Time, Seq) order.
//
// Errors name the offending event by its index: "trace: event 3: unknown kind \"oops\"".
func (t *Trace) Validate() error {
	if t == nil {
		return errors.New("trace: nil trace")
	}
	if t.Version != Version {
		return versionError(t.Version)
	}
	var prev Event
	for i, e := range t.Events() {
		if err := checkEvent(prev, e, i); err != nil {
			return fmt.Errorf("trace: event %d: %s", i, err)
		}
		prev = e
	}
	return nil
}

// versionError is the error for a trace of another version.
func versionError(v int) error {
	return fmt.Errorf("trace: unsupported version %d, want %d", v, Version)
}

// checkEvent checks event i, e, on its own and against the event before it, prev.
func checkEvent(prev, e Event, i int) error {
	switch {
	case !e.Kind.Known():
		return fmt.Errorf("unknown kind %q", e.Kind)
	case e.Time < 0:
		return fmt.Errorf("negative time %d", e.Time)
	case e.Seq < 0:
		return fmt.Errorf("negative seq %d", e.Seq)
	case i == 0:
		return nil
	}
	switch {
	case e.Seq <= prev.Seq:
		return fmt.Errorf("seq %d not after seq %d", e.Seq, prev.Seq)
	case e.Time < prev.Time:
		return fmt.Errorf("time %d before time %d", e.Time, prev.Time)
	}
	return nil
}

// build checks decoded events as Validate would, and that each fits the store (Check), and returns them
// as a trace.
func build(meta map[string]string, events []Event) (*Trace, error) {
	var l Store
	var prev Event
	for i, e := range events {
		if err := checkEvent(prev, e, i); err != nil {
			return nil, fmt.Errorf("trace: event %d: %s", i, err)
		}
		if err := Check(e); err != nil {
			return nil, fmt.Errorf("trace: event %d: %s", i, strings.TrimPrefix(err.Error(), "trace: "))
		}
		l.Add(e)
		prev = e
	}
	return l.Trace(meta), nil
}
