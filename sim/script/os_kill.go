package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// os._exit and os.kill on simulated processes. A signal's default action is done as Linux does it:
// SIGKILL, SIGTERM and the other terminating signals end the process at once (exit code minus the
// signal), SIGCHLD, SIGCONT, SIGURG and SIGWINCH are ignored, and a handler set to SIG_IGN with
// signal.signal in the target process makes it ignore the signal. SIGINT's default handler raises
// KeyboardInterrupt, and a Python handler is called with the signal's number: both only when the
// main thread signals its own process, where CPython runs the handler before the next line; from
// another process or thread, the target's main thread runs it at its next instruction or in the
// middle of the blocking wait it is in (signal_wait.go). Not yet: the stopping signals (SIGSTOP,
// SIGTSTP, SIGTTIN, SIGTTOU).

// osModuleWithKill is os (mod_time.go's) with _exit and kill added.
func (ps *proc) osModuleWithKill(in *py.Interp) (*py.Module, error) {
	m, err := ps.osModule(in)
	if err != nil {
		return nil, err
	}
	m.SetAttr("_exit", builtin("_exit", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("_exit", args, kw, []string{"status"}, 1)
		if err != nil {
			return nil, err
		}
		code, ok := a[0].(py.Int)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
		}
		sim.CurrentProcess(th.ctx).Exit(int(code))
		return py.None, nil
	}))
	m.SetAttr("kill", builtin("kill", ps.osKill))
	return m, nil
}

// osKill is os.kill(pid, signal).
func (ps *proc) osKill(th *thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "kill() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.Errorf(py.TypeErrorType, "kill expected 2 arguments, got %d", len(args))
	}
	pid, err := th.pt.ToInt64(args[0])
	if err != nil {
		return nil, err
	}
	sig, err := th.pt.ToInt64(args[1])
	if err != nil {
		return nil, err
	}
	if sig < 0 || sig >= 65 {
		return nil, th.osError(22, "Invalid argument")
	}
	target := sim.FindProcess(th.ctx, int(pid))
	if target == nil || target.Ended() {
		return nil, th.osError(3, "No such process")
	}
	what, fn := handler(target, int(sig))
	if sig == 0 || what == "ignore" {
		return py.None, nil
	}
	if what == "python" || what == "interrupt" {
		if target != sim.CurrentProcess(th.ctx) || th.st != target.MainThread() {
			// Another process, or another thread: the target's main thread runs the handler at its
			// next instruction, or at once if it waits (signal_wait.go: the wait is cut short).
			pending, _ := target.Value(signalsKey{}).([]int)
			target.SetValue(signalsKey{}, append(pending, int(sig)))
			ps.rt.interruptWait(target)
			return py.None, nil
		}
		if what == "interrupt" {
			return nil, py.NewException(py.KeyboardInterruptType)
		}
		_, err := th.pt.Call(fn, []py.Object{py.MakeInt(sig), py.None}, nil)
		return py.None, err
	}
	switch sig {
	case 17, 18, 23, 28: // ignored by default
		return py.None, nil
	case 19, 20, 21, 22:
		return nil, py.Errorf(py.NotImplementedErrorType, "os.kill: the simulator cannot stop a process with signal %d yet", sig)
	}
	target.Kill(int(sig))
	return py.None, nil
}

// signalsKey is the sim.Process value holding the signals (numbers) sent to the process that its
// main thread has not handled yet.
type signalsKey struct{}

// deliverSignals runs, in a process's main thread, the handlers of the signals sent to the process
// from elsewhere: KeyboardInterrupt for SIGINT's default handler, a Python handler's call, nothing
// for SIG_IGN, the process's end for SIG_DFL. It returns the first exception a handler raises.
func (th *thread) deliverSignals() error {
	p := sim.CurrentProcess(th.ctx)
	if th.st != p.MainThread() {
		return nil
	}
	for {
		pending, _ := p.Value(signalsKey{}).([]int)
		if len(pending) == 0 {
			return nil
		}
		sig := pending[0]
		p.SetValue(signalsKey{}, pending[1:])
		switch what, fn := handler(p, sig); what {
		case "interrupt":
			return py.NewException(py.KeyboardInterruptType)
		case "python":
			if _, err := th.pt.Call(fn, []py.Object{py.MakeInt(int64(sig)), py.None}, nil); err != nil {
				return err
			}
		case "default":
			p.Kill(sig)
		}
	}
}

// handler returns what target does on sig, as its signal module's handlers say: "default",
// "ignore", "interrupt" (SIGINT's default_int_handler, also what a process that never imported
// signal does on SIGINT), or "python" and the handler.
func handler(target *sim.Process, sig int) (string, py.Object) {
	tp, _ := target.Value(procKey{}).(*proc)
	var m *py.Module
	if tp != nil {
		m = tp.in.Modules["signal"]
	}
	if m == nil {
		if sig == 2 {
			return "interrupt", nil
		}
		return "default", nil
	}
	hs, _ := m.Dict.GetStr("_handlers")
	ign, _ := m.Dict.GetStr("SIG_IGN")
	dfl, _ := m.Dict.GetStr("SIG_DFL")
	intr, _ := m.Dict.GetStr("default_int_handler")
	d, ok := hs.(*py.Dict)
	if !ok {
		return "default", nil
	}
	for _, kv := range d.Items() {
		if n, ok := kv[0].(py.Int); ok && int(n) == sig {
			switch kv[1] {
			case ign:
				return "ignore", nil
			case dfl:
				return "default", nil
			case intr:
				return "interrupt", nil
			}
			return "python", kv[1]
		}
	}
	return "default", nil
}

// osError makes OSError(errno, strerror): the subclass CPython picks for the errno.
func (th *thread) osError(errno int, msg string) error {
	e, err := th.pt.Call(py.OSErrorType, []py.Object{py.MakeInt(int64(errno)), py.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}
