package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A timerState is what a threading.Timer waits for and then calls.
type timerState struct {
	interval py.Object
	fn       py.Object
	args     []py.Object
	kw       []string
	finished *sim.Event
}

// timerClass makes threading.Timer(interval, function, args=None, kwargs=None): a Thread whose run
// waits interval seconds, then calls function unless cancel() was called.
func (ps *proc) timerClass(c *classes) {
	t := newType("Timer", "threading", c.thread)
	c.timer = t
	def(t, "__init__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		defer ps.in.Release(args...) // the door's keep: the Timer holds what it needs (thread_keep.go)
		a, err := py.UnpackArgs("Timer", args, kw, []string{"interval", "function", "args", "kwargs"}, 2)
		if err != nil {
			return nil, err
		}
		ts := &timerState{interval: a[0], fn: a[1], finished: sim.NewEvent(th.ctx)}
		if a[2] != nil && a[2] != py.None {
			ts.args, err = iterList(th, a[2])
			ps.in.Release(ts.args...) // iterList's keep, likewise
			if err != nil {
				return nil, err
			}
		}
		if d, ok := a[3].(*py.Dict); ok {
			for _, kv := range d.Items() {
				if k, ok := kv[0].(*py.Str); ok {
					ts.args = append(ts.args, kv[1])
					ts.kw = append(ts.kw, k.S)
				}
			}
		}
		v := ps.thr(self)
		v.timer = ts
		if v.name == "" {
			v.name = sim.CurrentProcess(th.ctx).NewThreadName("")
		}
		// CPython's Timer keeps what it will call in attributes a script can read.
		targs, tkw := a[2], a[3]
		if targs == nil || targs == py.None {
			targs = py.NewList(nil)
		}
		if tkw == nil || tkw == py.None {
			tkw = py.NewDict()
		}
		for _, kv := range []struct {
			name string
			v    py.Object
		}{{"interval", a[0]}, {"function", a[1]}, {"args", targs}, {"kwargs", tkw}} {
			if err := th.pt.SetAttr(self, py.NewStr(kv.name), kv.v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	def(t, "cancel", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if ts := ps.thr(self).timer; ts != nil {
			ts.finished.Set()
		}
		return py.None, nil
	})
	def(t, "run", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		ts := ps.thr(self).timer
		if ts == nil {
			return py.None, nil
		}
		d, err := timeoutArg(ts.interval)
		if err != nil {
			return nil, err
		}
		ts.finished.Wait(th.ctx, d)
		if !ts.finished.IsSet() {
			if _, err := th.pt.Call(ts.fn, ts.args, ts.kw); err != nil {
				return nil, err
			}
		}
		ts.finished.Set()
		return py.None, nil
	})
}
