package script

import (
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// addSwitchInterval gives the process's sys module argv (the script's name), _is_gil_enabled (False with Options.FreeThreaded),
// getswitchinterval and setswitchinterval on the simulator's GIL: the interval is the process's own,
// as in CPython, where each interpreter has one. sys is a core module of python/py, which cannot fail
// to import; if it ever did, sys would lack the three.
func (ps *proc) addSwitchInterval() {
	m, err := ps.in.NewThread().Import("sys")
	if err != nil {
		return
	}
	m.SetAttr("argv", py.NewList([]py.Object{py.NewStr(ps.rt.opts.Filename)}))
	m.SetAttr("_is_gil_enabled", builtin("_is_gil_enabled", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs("_is_gil_enabled", args); err != nil {
			return nil, err
		}
		return py.NewBool(!ps.rt.k.Config().FreeThreaded), nil
	}))
	m.SetAttr("getswitchinterval", builtin("getswitchinterval", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs("getswitchinterval", args); err != nil {
			return nil, err
		}
		return py.Float(sim.SwitchInterval(th.ctx).Seconds()), nil
	}))
	m.SetAttr("setswitchinterval", builtin("setswitchinterval", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "setswitchinterval() takes exactly one argument (%d given)", len(args)+len(kw))
		}
		secs, ok := toFloat(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "must be real number, not %s", args[0].Type().Name)
		}
		if !(secs > 0) {
			return nil, py.Errorf(py.ValueErrorType, "switch interval must be strictly positive")
		}
		// CPython keeps the interval in whole microseconds, at least one.
		d := max(time.Duration(secs*1e6)*time.Microsecond, time.Microsecond)
		if err := sim.SetSwitchInterval(th.ctx, d); err != nil {
			return nil, err
		}
		return py.None, nil
	}))
}
