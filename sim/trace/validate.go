package trace

import (
	"errors"
	"fmt"
)

// Validate reports the first rule t breaks, or nil. The rules are those every encoded trace obeys:
//
//   - Version equals the package's Version;
//   - every event's Kind is Known;
//   - Time and Seq are never negative;
//   - Seq strictly increases from one event to the next, and Time never decreases, so the events are in
//     increasing (Time, Seq) order.
//
// Errors name the offending event by its index in Events: "trace: event 3: unknown kind \"oops\"".
func (t *Trace) Validate() error {
	if t == nil {
		return errors.New("trace: nil trace")
	}
	if t.Version != Version {
		return versionError(t.Version)
	}
	for i := range t.Events {
		if err := checkEvent(t.Events, i); err != nil {
			return fmt.Errorf("trace: event %d: %s", i, err)
		}
	}
	return nil
}

// versionError is the error for a trace of another version.
func versionError(v int) error {
	return fmt.Errorf("trace: unsupported version %d, want %d", v, Version)
}

// checkEvent checks events[i] on its own and against the event before it.
func checkEvent(events []Event, i int) error {
	e := events[i]
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
	prev := events[i-1]
	switch {
	case e.Seq <= prev.Seq:
		return fmt.Errorf("seq %d not after seq %d", e.Seq, prev.Seq)
	case e.Time < prev.Time:
		return fmt.Errorf("time %d before time %d", e.Time, prev.Time)
	}
	return nil
}
