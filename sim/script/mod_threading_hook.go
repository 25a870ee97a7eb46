package script

import (
	"fmt"
	"math"

	"github.com/futurescope/futurescope/python/py"
)

// The rest of threading's module-level names: excepthook (what happens to an exception a thread
// does not catch), ExceptHookArgs, get_native_id and TIMEOUT_MAX.

// addThreadingExtras adds excepthook, __excepthook__, ExceptHookArgs, get_native_id and TIMEOUT_MAX
// to the threading module m.
func (ps *proc) addThreadingExtras(m *py.Module) {
	hook := builtin("excepthook", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("excepthook", args, kw, []string{"args"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, ps.defaultExcepthook(th, a[0])
	})
	m.SetAttr("excepthook", hook)
	m.SetAttr("__excepthook__", hook)
	m.SetAttr("ExceptHookArgs", newType("_ExceptHookArgs", "_thread", nil))
	m.SetAttr("get_native_id", builtin("get_native_id", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(identOf(th.st))), nil
	}))
	// CPython's: the largest timeout a lock's acquire takes, in seconds.
	m.SetAttr("TIMEOUT_MAX", py.Float(math.MaxInt64/1e9))
}

// uncaught hands an exception that ended the thread named name (Thread object self) to
// threading.excepthook, as CPython's Thread._bootstrap_inner does: the default hook prints
// "Exception in thread NAME:" and the traceback; a hook of the script's gets an ExceptHookArgs. A
// hook that raises has its own exception printed, under "Exception in threading.excepthook:".
func (ps *proc) uncaught(th *thread, self py.Object, name string, e *py.Exception) {
	if e.Matches(py.SystemExitType) {
		return
	}
	m := ps.in.Modules["threading"]
	var hook py.Object
	if m != nil {
		hook, _ = m.Dict.GetStr("excepthook")
	}
	if b, ok := hook.(*py.Builtin); hook == nil || ok && b.Name == "excepthook" {
		fmt.Fprintf(ps.rt.opts.Stderr, "Exception in thread %s:\n%s", name, th.pt.FormatException(e))
		return
	}
	cls, _ := m.Dict.GetStr("ExceptHookArgs")
	t, ok := cls.(*py.Type)
	if !ok {
		t = newType("_ExceptHookArgs", "_thread", nil)
	}
	args := py.NewInstance(t)
	tb, _ := th.pt.GetAttrString(e, "__traceback__")
	if tb == nil {
		tb = py.None
	}
	thread := py.Object(py.None)
	if self != nil {
		thread = self
	}
	d := instDict(args)
	d.SetStr("exc_type", e.Type())
	d.SetStr("exc_value", e)
	d.SetStr("exc_traceback", tb)
	d.SetStr("thread", thread)
	if _, err := th.pt.Call(hook, []py.Object{args}, nil); err != nil {
		if he, ok := err.(*py.Exception); ok {
			fmt.Fprintf(ps.rt.opts.Stderr, "Exception in threading.excepthook:\n%s", th.pt.FormatException(he))
		}
	}
}

// defaultExcepthook is threading.excepthook called by the script: it prints what args holds.
func (ps *proc) defaultExcepthook(th *thread, args py.Object) error {
	v, err := th.pt.GetAttrString(args, "exc_value")
	if err != nil {
		return err
	}
	e, ok := v.(*py.Exception)
	if !ok || e.Matches(py.SystemExitType) {
		return nil
	}
	name := fmt.Sprint(identOf(th.st))
	if t, err := th.pt.GetAttrString(args, "thread"); err == nil && t != py.None {
		if n, err := th.pt.GetAttrString(t, "name"); err == nil {
			if s, ok := n.(*py.Str); ok {
				name = s.S
			}
		}
	}
	fmt.Fprintf(ps.rt.opts.Stderr, "Exception in thread %s:\n%s", name, th.pt.FormatException(e))
	return nil
}
