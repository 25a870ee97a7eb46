package script

import (
	"context"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A threadObj is the state of a threading.Thread (an instance, so subclasses and attributes work):
// made by Thread(...) and started by start(), or the view of a running thread.
type threadObj struct {
	st     *sim.Thread
	name   string
	target py.Object
	args   []py.Object
	kw     []string
	daemon bool
	timer  *timerState // a Timer's
	// alive marks a view of a thread of the simulator's own (threading.enumerate()).
	alive bool
	// ended is set when a started thread's run has returned: it has left threading's table of
	// active threads, and is no root (thread_keep.go).
	ended bool
}

// identOf is a thread's get_ident(): a large number, as CPython's are, but stable across runs.
func identOf(t *sim.Thread) int { return 139_800_000_000_000 + t.ID()*8_392_704 }

func (ps *proc) threadClass(c *classes) {
	t := newType("Thread", "threading", nil)
	c.thread = t
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		o := py.NewInstance(cls)
		ps.newThreadObj(o, &threadObj{})
		ps.in.Release(args...) // the door kept them (class.go), and the instance holds none of them
		return o, nil
	}
	def(t, "__init__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		defer ps.in.Release(args...) // the door's keep: the Thread holds what it needs (thread_keep.go)
		a, err := py.UnpackArgs("Thread", args, kw, []string{"group", "target", "name", "args", "kwargs", "daemon"}, 0)
		if err != nil {
			return nil, err
		}
		v := ps.thr(self)
		if a[1] != nil && a[1] != py.None {
			v.target = a[1]
		}
		if s, ok := a[2].(*py.Str); ok {
			v.name = s.S
		}
		if a[3] != nil {
			v.args, err = iterList(th, a[3])
			ps.in.Release(v.args...) // iterList's keep, likewise
			if err != nil {
				return nil, err
			}
		}
		if d, ok := a[4].(*py.Dict); ok {
			for _, kv := range d.Items() {
				if k, ok := kv[0].(*py.Str); ok {
					v.args = append(v.args, kv[1])
					v.kw = append(v.kw, k.S)
				}
			}
		}
		if a[5] != nil && a[5] != py.None {
			v.daemon, _ = truth(th, a[5])
		}
		if v.name == "" {
			// As CPython does, a thread is named when it is made ("Thread-N (target)"), not started.
			target := ""
			if v.target != nil {
				target = callableName(v.target)
			}
			v.name = sim.CurrentProcess(th.ctx).NewThreadName(target)
		}
		return py.None, nil
	})
	def(t, "run", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		v := ps.thr(self)
		if v.target == nil {
			return py.None, nil
		}
		r, err := th.pt.Call(v.target, v.args, v.kw)
		return r, v.runDone(th, err)
	})
	def(t, "start", ps.startThread)
	def(t, "join", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("join", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		v := ps.thr(self)
		if v.st == nil {
			return nil, py.Errorf(py.RuntimeErrorType, "cannot join thread before it is started")
		}
		if v.st == th.st {
			return nil, py.Errorf(py.RuntimeErrorType, "cannot join current thread")
		}
		d, err := timeoutArg(a[0])
		if err != nil {
			return nil, err
		}
		_, err = th.signalWait("join", d, func(d time.Duration) bool { return v.st.Join(th.ctx, d) })
		return py.None, err
	})
	def(t, "is_alive", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		v := ps.thr(self)
		return py.NewBool(v.alive || v.st != nil && v.st.Alive()), nil
	})
	def(t, "getName", deprecatedMethod("getName", "get the name attribute instead", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(ps.thr(self).threadName()), nil
	}))
	def(t, "setName", deprecatedMethod("setName", "set the name attribute instead", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("setName", args, kw, []string{"name"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, th.pt.SetAttr(self, py.NewStr("name"), a[0])
	}))
	def(t, "setDaemon", deprecatedMethod("setDaemon", "set the daemon attribute instead", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("setDaemon", args, kw, []string{"daemonic"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, th.pt.SetAttr(self, py.NewStr("daemon"), a[0])
	}))
	def(t, "isDaemon", deprecatedMethod("isDaemon", "get the daemon attribute instead", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewBool(ps.thr(self).daemon), nil
	}))
	t.SetAttr("name", &py.Property{
		Get: py.NewBuiltin("name", func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr(ps.thr(args[0]).threadName()), nil
		}),
		Set: py.NewBuiltin("name", func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if s, ok := args[1].(*py.Str); ok {
				ps.thr(args[0]).name = s.S
			}
			return py.None, nil
		}),
	})
	t.SetAttr("daemon", &py.Property{
		Get: py.NewBuiltin("daemon", func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(ps.thr(args[0]).daemon), nil
		}),
		Set: py.NewBuiltin("daemon", func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			b, err := pt.Truth(args[1])
			ps.thr(args[0]).daemon = b
			return py.None, err
		}),
	})
	ident := func(th *thread, self py.Object) (py.Object, error) {
		if v := ps.thr(self); v.st != nil {
			return py.MakeInt(int64(identOf(v.st))), nil
		}
		return py.None, nil
	}
	defProp(t, "ident", ident)
	defProp(t, "native_id", ident)
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		v := ps.thr(self)
		state := "initial"
		if v.st != nil {
			state = fmt.Sprintf("started %d", identOf(v.st))
			if !v.st.Alive() {
				state = fmt.Sprintf("stopped %d", identOf(v.st))
			}
		}
		if v.daemon {
			state += " daemon"
		}
		return py.NewStr(fmt.Sprintf("<%s(%s, %s)>", self.Type().Name, v.threadName(), state)), nil
	})
	c.mainThread = newType("_MainThread", "threading", t)
}

func (v *threadObj) threadName() string {
	if v.st != nil && v.name == "" {
		return v.st.Name()
	}
	return v.name
}

// thr returns the state of a Thread object.
func (ps *proc) thr(o py.Object) *threadObj {
	if i, ok := o.(*py.Instance); ok {
		if v := ps.threads[i]; v != nil {
			return v
		}
		return ps.newThreadObj(i, &threadObj{})
	}
	return &threadObj{}
}

// threadObjOf returns the Thread object of a simulated thread of this process.
func (ps *proc) threadObjOf(st *sim.Thread) *py.Instance {
	if o := ps.simThr[st]; o != nil {
		return o
	}
	cls := ps.cls.thread
	if st == st.Process().MainThread() {
		cls = ps.cls.mainThread
	}
	o := py.NewInstance(cls)
	ps.newThreadObj(o, &threadObj{st: st, daemon: st != st.Process().MainThread()})
	ps.simThr[st] = o
	return o
}

func (ps *proc) startThread(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	v := ps.thr(self)
	if v.st != nil {
		return nil, py.Errorf(py.RuntimeErrorType, "threads can only be started once")
	}
	if th.booting() {
		return nil, errBootstrap
	}
	if v.name == "" {
		target := ""
		if v.target != nil {
			target = callableName(v.target)
		}
		v.name = sim.CurrentProcess(th.ctx).NewThreadName(target)
	}
	rt := ps.rt
	run, err := th.pt.GetAttrString(self, "run")
	if err != nil {
		return nil, err
	}
	inst, _ := self.(*py.Instance)
	v.st = sim.Go(th.ctx, v.name, v.daemon, func(ctx context.Context) error {
		// The new thread runs before sim.Go returns: its ident must be known from its first line.
		v.st = sim.CurrentThread(ctx)
		if inst != nil {
			ps.simThr[sim.CurrentThread(ctx)] = inst
		}
		th := rt.thread(ctx)
		sim.CPU(ctx, 0) // only the GIL's holder executes script code
		_, err := th.pt.Call(run, nil, nil)
		th.rethrowExit()
		e, _ := err.(*py.Exception)
		if e != nil {
			ps.uncaught(th, inst, v.name, e)
		}
		return v.end(th, inst, e)
	})
	return py.None, nil
}

// currentThread is threading.current_thread().
func (ps *proc) currentThread(th *thread, args []py.Object, kw []string) (py.Object, error) {
	return ps.threadObjOf(th.st), nil
}
