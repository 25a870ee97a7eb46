package script

import (
	"context"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// _mpsim is the module the package pylib/multiprocessing/ stands on: starting a simulated process that runs a
// pickled multiprocessing.Process, a handle on it (pid, join, exit code, terminate, kill), the
// names CPython gives child processes, multiprocessing's queues, events and locks (mp_shared.go),
// pipes (mp_pipe.go), Value and Array (mp_value.go), semaphores (mp_semaphore.go), a Manager's server
// process (mp_manager.go), a Pool's worker processes (mp_pool.go) and fork's copy (mp_fork.go).

// mpState is a process's multiprocessing classes, made on first use.
type mpState struct {
	types map[string]*py.Type
}

type mpKey struct{}

// mpType returns the class name of _mpsim, built by build on first use in this process.
func (ps *proc) mpType(name string, build func(t *py.Type)) *py.Type {
	st, _ := ps.p.Value(mpKey{}).(*mpState)
	if st == nil {
		st = &mpState{types: map[string]*py.Type{}}
		ps.p.SetValue(mpKey{}, st)
	}
	if t := st.types[name]; t != nil {
		return t
	}
	t := newType(name, "_mpsim", nil)
	st.types[name] = t
	build(t)
	return t
}

// A procHandle is the parent's handle on a process it started.
type procHandle struct {
	typ *py.Type
	p   *sim.Process
}

// Type returns the handle's class.
func (h *procHandle) Type() *py.Type { return h.typ }

func (ps *proc) mpsimModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("_mpsim")
	m.SetAttr("start", builtin("start", ps.mpStart))
	m.SetAttr("child_name", builtin("child_name", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(sim.ChildName(th.ctx, args[0].(*py.Str).S)), nil
	}))
	m.SetAttr("next_child", builtin("next_child", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(sim.NextChildID(th.ctx)), nil
	}))
	m.SetAttr("process_info", builtin("process_info", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		p := sim.CurrentProcess(th.ctx)
		return py.NewTuple([]py.Object{py.NewStr(p.Name()), py.MakeInt(int64(p.PID())), py.NewBool(p.ID() == 1)}), nil
	}))
	m.SetAttr("main_pid", builtin("main_pid", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(sim.FindProcessByID(th.ctx, 1).PID())), nil
	}))
	m.SetAttr("cpu_count", builtin("cpu_count", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(ps.rt.k.Config().Cores)), nil
	}))
	m.SetAttr("context", builtin("context", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		method := ""
		if len(args) > 0 {
			if s, ok := args[0].(*py.Str); ok {
				method = s.S
			}
		}
		return ps.context(method)
	}))
	m.SetAttr("Queue", builtin("Queue", ps.newMPQueue))
	m.SetAttr("JoinableQueue", builtin("JoinableQueue", ps.newJoinableQueue))
	m.SetAttr("Event", builtin("Event", ps.newMPEvent))
	m.SetAttr("Lock", builtin("Lock", ps.newMPLock))
	m.SetAttr("Pipe", builtin("Pipe", ps.newPipe))
	m.SetAttr("Semaphore", builtin("Semaphore", ps.newMPSemaphore))
	m.SetAttr("RLock", builtin("RLock", ps.newMPRLock))
	m.SetAttr("Condition", builtin("Condition", ps.newMPCondition))
	m.SetAttr("cells", builtin("cells", ps.newCells))
	m.SetAttr("manager_start", builtin("manager_start", ps.managerStart))
	m.SetAttr("pool", builtin("pool", ps.newPool))
	return m, nil
}

// mpStart is _mpsim.start(process, name, method, daemon, identity): it pickles the multiprocessing.Process (what the
// child inherits may be pickled) and starts a simulated process that rebuilds it and calls its
// _bootstrap(); the child's exit code is what _bootstrap returns. A daemon child is terminated when
// the main module ends.
func (ps *proc) mpStart(th *thread, args []py.Object, kw []string) (py.Object, error) {
	if th.booting() {
		return nil, errBootstrap
	}
	obj, name, method := args[0], args[1].(*py.Str).S, args[2].(*py.Str).S
	payload, err := ps.pickleInherit(obj)
	if err != nil {
		return nil, err
	}
	rt := ps.rt
	boot := rt.bootstrap
	if method == "fork" {
		boot = ps.forkBoot()
	}
	th.setLine()
	sp := sim.StartProcess(th.ctx, name, func(ctx context.Context) error {
		sim.StartUp(ctx)
		if err := boot(ctx); err != nil {
			return err
		}
		cps := procOf(ctx)
		cth := rt.thread(ctx)
		o, err := cps.unpickle(payload)
		var code py.Object = py.MakeInt(1)
		if err == nil {
			var run py.Object
			if run, err = cth.pt.GetAttrString(o, "_bootstrap"); err == nil {
				code, err = rt.call(ctx, run, nil, nil)
			}
		}
		if err != nil {
			if e, ok := err.(*py.Exception); ok {
				fmt.Fprint(rt.opts.Stderr, cth.pt.FormatException(e))
			}
			sim.CurrentProcess(ctx).Exit(1)
		}
		if n, ok := code.(py.Int); ok && n != 0 {
			sim.CurrentProcess(ctx).Exit(int(n))
		}
		return nil
	})
	if id, ok := args[4].(*py.Str); ok {
		sp.SetIdentity(id.S)
	}
	if daemon, _ := truth(th, args[3]); daemon {
		sim.AtExit(th.ctx, func(ctx context.Context) { // multiprocessing's exit handler
			sp.Kill(15)
			sp.Join(ctx, sim.Forever)
		})
	}
	return &procHandle{typ: ps.handleType(), p: sp}, nil
}

func (ps *proc) handleType() *py.Type {
	return ps.mpType("ProcessHandle", func(t *py.Type) {
		defProp(t, "pid", func(th *thread, self py.Object) (py.Object, error) {
			return py.MakeInt(int64(self.(*procHandle).p.PID())), nil
		})
		defProp(t, "exitcode", func(th *thread, self py.Object) (py.Object, error) {
			p := self.(*procHandle).p
			if !p.Ended() {
				return py.None, nil
			}
			return py.MakeInt(int64(p.ExitCode())), nil
		})
		def(t, "is_alive", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(!self.(*procHandle).p.Ended()), nil
		})
		def(t, "join", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			d := sim.Forever
			if len(args) > 0 {
				var err error
				if d, err = timeoutArg(args[0]); err != nil {
					return nil, err
				}
			}
			if d < 0 {
				d = 0
			}
			p := self.(*procHandle).p
			_, err := th.signalWait("process_join", d, func(d time.Duration) bool { return p.Join(th.ctx, d) })
			return py.None, err
		})
		def(t, "signal", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			self.(*procHandle).p.Kill(int(args[0].(py.Int)))
			return py.None, nil
		})
	})
}
