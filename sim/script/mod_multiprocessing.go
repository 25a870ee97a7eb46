package script

import (
	"github.com/futurescope/futurescope/python/py"
)

// multiprocessing is the package pylib/multiprocessing/ (its __init__.py says what it has) on _mpsim (mp_sim.go). Its
// contexts are made here, as ProcessPoolExecutor's mp_context reads them: a context names its start
// method and has the module's functions and classes bound to it (ctx.Process, ctx.Pool, ...).

// An mpContext is a multiprocessing context.
type mpContext struct {
	typ    *py.Type
	method string
}

// Type returns the context's class.
func (c *mpContext) Type() *py.Type { return c.typ }

var startMethods = map[string]string{"spawn": "SpawnContext", "fork": "ForkContext", "forkserver": "ForkServerContext"}

// contextNames are the attributes of a context, looked up in the multiprocessing module.
var contextNames = []string{"Process", "Pool", "Manager", "Queue", "SimpleQueue", "JoinableQueue", "Event", "Pipe", "Value", "Array", "RawValue", "RawArray", "Semaphore", "BoundedSemaphore", "RLock", "Condition",
	"Lock", "cpu_count", "current_process", "parent_process", "active_children", "get_context",
	"get_all_start_methods", "ProcessError", "TimeoutError"}

func (ps *proc) mpContextClasses() map[string]*py.Type {
	types := map[string]*py.Type{}
	for _, method := range []string{"spawn", "fork", "forkserver"} {
		t := newType(startMethods[method], "multiprocessing.context", nil)
		def(t, "get_start_method", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr(self.(*mpContext).method), nil
		})
		for _, name := range contextNames {
			defProp(t, name, func(th *thread, self py.Object) (py.Object, error) {
				m, err := th.pt.Import("multiprocessing")
				if err != nil {
					return nil, err
				}
				fn, err := th.pt.GetAttrString(m, "_context_attr")
				if err != nil {
					return nil, err
				}
				return th.pt.Call(fn, []py.Object{py.NewStr(self.(*mpContext).method), py.NewStr(name)}, nil)
			})
		}
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
