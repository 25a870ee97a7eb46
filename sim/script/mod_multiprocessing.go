package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// The part of multiprocessing that ProcessPoolExecutor's callers use: cpu_count, current_process,
// get_start_method and get_context (a context names its start method; the simulator's workers
// always start as spawn starts them, re-importing the main module, and "spawn" is the default).

// An mpContext is a multiprocessing context.
type mpContext struct {
	typ    *py.Type
	method string
}

// Type returns the context's class.
func (c *mpContext) Type() *py.Type { return c.typ }

var startMethods = map[string]string{"spawn": "SpawnContext", "fork": "ForkContext", "forkserver": "ForkServerContext"}

func (ps *proc) mpContextClasses() map[string]*py.Type {
	types := map[string]*py.Type{}
	for _, method := range []string{"spawn", "fork", "forkserver"} {
		t := newType(startMethods[method], "multiprocessing.context", nil)
		def(t, "get_start_method", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr(self.(*mpContext).method), nil
		})
		types[method] = t
	}
	return types
}

// context returns the context of a start method ("" for the default).
func (ps *proc) context(method string) (*mpContext, error) {
	if method == "" {
		method = "spawn"
	}
	if ps.mpTypes == nil {
		ps.mpTypes = ps.mpContextClasses()
	}
	t := ps.mpTypes[method]
	if t == nil {
		return nil, py.Errorf(py.ValueErrorType, "cannot find context for '%s'", method)
	}
	return &mpContext{typ: t, method: method}, nil
}

func (ps *proc) multiprocessingModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("multiprocessing")
	m.SetAttr("cpu_count", builtin("cpu_count", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(ps.rt.k.Config().Cores)), nil
	}))
	m.SetAttr("get_start_method", builtin("get_start_method", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr("spawn"), nil
	}))
	m.SetAttr("get_context", builtin("get_context", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("get_context", args, kw, []string{"method"}, 0)
		if err != nil {
			return nil, err
		}
		method := ""
		if s, ok := a[0].(*py.Str); ok {
			method = s.S
		}
		return ps.context(method)
	}))
	m.SetAttr("current_process", builtin("current_process", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return ps.processObj(sim.CurrentProcess(th.ctx)), nil
	}))
	return m, nil
}

// processObj is a multiprocessing.Process view of a simulated process: its name and pid.
func (ps *proc) processObj(p *sim.Process) py.Object {
	if ps.procTypes[0] == nil {
		ps.procTypes = [2]*py.Type{newType("Process", "multiprocessing.process", nil), nil}
		ps.procTypes[1] = newType("_MainProcess", "multiprocessing.process", ps.procTypes[0])
	}
	cls := ps.procTypes[0]
	if p.ID() == 1 {
		cls = ps.procTypes[1]
	}
	o := py.NewInstance(cls)
	o.Dict.SetStr("name", py.NewStr(p.Name()))
	o.Dict.SetStr("pid", py.MakeInt(int64(p.PID())))
	return o
}
