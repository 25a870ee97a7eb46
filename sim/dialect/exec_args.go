package script

import (
	"fmt"
	"math"
	"time"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// timeoutArg converts a Python timeout (None or a number of seconds) to a sim timeout.
func timeoutArg(fn string, v starlark.Value) (time.Duration, error) {
	if v == nil || v == starlark.None {
		return sim.Forever, nil
	}
	secs, ok := starlark.AsFloat(v)
	if !ok {
		return 0, fmt.Errorf("%s: timeout must be a number or None, not %s", fn, v.Type())
	}
	return seconds(secs), nil
}

// seconds converts seconds to a duration, rounding to the nanosecond; a non-positive or tiny value
// stays non-positive so that it polls.
func seconds(secs float64) time.Duration {
	if secs > 1e9 || math.IsInf(secs, 1) {
		return sim.Forever
	}
	return time.Duration(math.Round(secs * 1e9))
}

// secondsValue turns a virtual time into Python's float seconds.
func secondsValue(d time.Duration) starlark.Float { return starlark.Float(d.Seconds()) }

// pyBool returns Python's spelling of a bool.
func pyBool(b bool) starlark.Bool { return starlark.Bool(b) }

// method makes a builtin bound to a receiver, named as Python names it.
func method(name string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, fn)
}

// bindMethod binds a method that an Attr returned to its receiver, so that it prints as a bound
// method.
func bindMethod(recv starlark.Value, v starlark.Value, err error) (starlark.Value, error) {
	if b, ok := v.(*starlark.Builtin); ok && b.Receiver() == nil {
		return b.BindReceiver(recv), err
	}
	return v, err
}

// iterate collects the values of an iterable.
func iterate(v starlark.Value) ([]starlark.Value, error) {
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, typeErr("'%s' object is not iterable", pyTypeName(v))
	}
	iter := it.Iterate()
	defer iter.Done()
	var out []starlark.Value
	var x starlark.Value
	for iter.Next(&x) {
		out = append(out, x)
	}
	return out, nil
}

// futuresOf collects the futures of an iterable.
func futuresOf(fn string, v starlark.Value) ([]*sim.Future, []*futureValue, error) {
	items, err := iterate(v)
	if err != nil {
		return nil, nil, err // TypeError: 'Future' object is not iterable, as in CPython
	}
	fs := make([]*sim.Future, len(items))
	vals := make([]*futureValue, len(items))
	for i, x := range items {
		f, ok := x.(*futureValue)
		if !ok {
			return nil, nil, fmt.Errorf("%s: got %s, want Future", fn, x.Type())
		}
		fs[i], vals[i] = f.f, f
	}
	return fs, vals, nil
}
