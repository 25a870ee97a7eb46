package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// epoch is what time.time() returns at virtual time 0: a fixed moment (2024-01-01 00:00:00 UTC), so
// that runs are reproducible.
const epoch = 1704067200.0

// timeModule is time, on virtual time.
func (ps *proc) timeModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("time")
	clock := func(name string, base float64) {
		m.SetAttr(name, builtin(name, func(th *thread, args []py.Object, kw []string) (py.Object, error) {
			if err := noArgs(name, args); err != nil {
				return nil, err
			}
			return py.Float(base + sim.Now(th.ctx).Seconds()), nil
		}))
		m.SetAttr(name+"_ns", builtin(name+"_ns", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
			return py.MakeInt(int64(base*1e9) + int64(sim.Now(th.ctx))), nil
		}))
	}
	clock("time", epoch)
	clock("monotonic", 1000)
	clock("perf_counter", 1000)
	ps.addStructTime(m)
	m.SetAttr("sleep", builtin("sleep", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
		}
		f, ok := toFloat(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if f < 0 {
			return nil, py.Errorf(py.ValueErrorType, "sleep length must be non-negative")
		}
		if th.booting() {
			return nil, errBootstrap
		}
		// A signal cuts the sleep short to run its handler; if that returns, the sleep goes on for
		// the time left (PEP 475).
		end := sim.Now(th.ctx) + seconds(f)
		for sim.Sleep(th.ctx, end-sim.Now(th.ctx)) == sim.ErrInterrupted {
			if err := th.deliverSignals(); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}))
	return m, nil
}

// osModule is os: getpid, getppid, cpu_count, process_cpu_count, name, sep, environ, getenv and
// path (posixpath).
func (ps *proc) osModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("os")
	m.SetAttr("getpid", builtin("getpid", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(sim.CurrentProcess(th.ctx).PID())), nil
	}))
	m.SetAttr("getppid", builtin("getppid", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(parentPID(sim.CurrentProcess(th.ctx)))), nil
	}))
	cpus := builtin("cpu_count", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(ps.rt.k.Config().Cores)), nil
	})
	m.SetAttr("cpu_count", cpus)
	m.SetAttr("process_cpu_count", cpus)
	m.SetAttr("name", py.NewStr("posix"))
	// A small fixed environment, the same on every run.
	env := py.NewDict()
	for _, kv := range [][2]string{{"HOME", "/home/learner"}, {"LANG", "C.UTF-8"}, {"PATH", "/usr/bin:/bin"}, {"USER", "learner"}} {
		env.SetStr(kv[0], py.NewStr(kv[1]))
	}
	m.SetAttr("environ", env)
	m.SetAttr("getenv", builtin("getenv", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("getenv", args, kw, []string{"key", "default"}, 1)
		if err != nil {
			return nil, err
		}
		v, ok, err := env.Get(th.pt, a[0])
		if err != nil || ok {
			return v, err
		}
		if a[1] != nil {
			return a[1], nil
		}
		return py.None, nil
	}))
	m.SetAttr("sep", py.NewStr("/"))
	// os.path is posixpath (python/stdlib's), imported on first use rather than with os: the browser
	// fetches it then.
	m.Missing = func(t *py.Thread, name string) (py.Object, bool, error) {
		if name != "path" {
			return nil, false, nil
		}
		p, err := t.Import("os.path")
		return p, true, err
	}
	return m, nil
}

// parentPID is os.getppid(): the main process's parent is a shell of pid 3000; every worker process
// was started by the main process (pid 3001).
func parentPID(p *sim.Process) int {
	if p.ID() == 1 {
		return 3000
	}
	return 3001
}
