package script

import (
	"time"

	"github.com/futurescope/futurescope/python/py"
)

// The rest of the time module: mktime, the CPU clocks process_time and thread_time (the virtual CPU
// time the simulator charged for the interpreter's instructions), daylight, altzone and strptime
// (mod_time_parse.go).

// tupleTime reads a 9-tuple (year, month, day, hour, minute, second, wday, yday, isdst) as a moment;
// wday, yday and isdst are ignored, as C's mktime ignores them.
func tupleTime(th *thread, tup *py.Tuple) (time.Time, error) {
	if len(tup.V) != 9 {
		return time.Time{}, py.Errorf(py.TypeErrorType, "time.struct_time() takes a sequence of length 9")
	}
	var v [6]int
	for i := range v {
		n, err := th.pt.ToInt64(tup.V[i])
		if err != nil {
			return time.Time{}, err
		}
		v[i] = int(n)
	}
	return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.UTC), nil
}

// cpuSteps is the number of instructions the threads of the process ran (all of them, or only th).
func (ps *proc) cpuSteps(th *thread, onlyMe bool) uint64 {
	if onlyMe {
		return th.pt.Steps
	}
	var n uint64
	for st, other := range ps.rt.threads {
		if st.Process() == ps.p {
			n += other.pt.Steps
		}
	}
	return n
}

// addTimeExtras adds mktime, process_time, thread_time (and their _ns), daylight, altzone and
// strptime to the time module; cls is struct_time and when reads a struct_time or a tuple.
func (ps *proc) addTimeExtras(m *py.Module, cls *py.Type, when func(*thread, py.Object) (time.Time, error)) {
	m.SetAttr("daylight", py.MakeInt(0))
	m.SetAttr("altzone", py.MakeInt(0))
	m.SetAttr("mktime", builtin("mktime", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "time.mktime() takes exactly one argument (%d given)", len(args)+len(kw))
		}
		t, err := when(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.Float(float64(t.Unix())), nil
	}))
	for _, c := range []struct {
		name   string
		onlyMe bool
	}{{"process_time", false}, {"thread_time", true}} {
		m.SetAttr(c.name, builtin(c.name, func(th *thread, args []py.Object, kw []string) (py.Object, error) {
			if err := noArgs(c.name, args); err != nil {
				return nil, err
			}
			d := time.Duration(ps.cpuSteps(th, c.onlyMe)) * ps.rt.opts.StepCost
			return py.Float(d.Seconds()), nil
		}))
		m.SetAttr(c.name+"_ns", builtin(c.name+"_ns", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
			if err := noArgs(c.name+"_ns", args); err != nil {
				return nil, err
			}
			return py.MakeInt(int64(time.Duration(ps.cpuSteps(th, c.onlyMe)) * ps.rt.opts.StepCost)), nil
		}))
	}
	m.SetAttr("strptime", builtin("strptime", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("strptime", args, kw, []string{"string", "format"}, 1)
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "strptime() argument 1 must be str, not %s", a[0].Type().Name)
		}
		format := "%a %b %d %H:%M:%S %Y"
		if a[1] != nil {
			f, ok := a[1].(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "strptime() argument 2 must be str, not %s", a[1].Type().Name)
			}
			format = f.S
		}
		t, err := strptime(s.S, format)
		if err != nil {
			return nil, err
		}
		return &structTime{typ: cls, t: t, isdst: -1}, nil
	}))
}
