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
// main thread signals its own process, where CPython runs the handler before the next line. Not yet:
// SIGINT or a Python handler for a signal from another process or thread (NotImplementedError says
// so), and the stopping signals (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU).

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
	if what == "python" {
		if target != sim.CurrentProcess(th.ctx) || th.st != target.MainThread() {
			return nil, py.Errorf(py.NotImplementedErrorType, "os.kill: the simulator runs a Python signal handler only for a signal the main thread sends its own process, yet")
		}
		_, err := th.pt.Call(fn, []py.Object{py.MakeInt(sig), py.None}, nil)
		return py.None, err
	}
	switch sig {
	case 17, 18, 23, 28: // ignored by default
		return py.None, nil
	case 19, 20, 21, 22:
		return nil, py.Errorf(py.NotImplementedErrorType, "os.kill: the simulator cannot stop a process with signal %d yet", sig)
	case 2:
		if what == "default" {
			break // SIG_DFL: the process is killed
		}
		if target != sim.CurrentProcess(th.ctx) || th.st != target.MainThread() {
			return nil, py.Errorf(py.NotImplementedErrorType, "os.kill: the simulator delivers SIGINT only to the caller's own process, from its main thread, yet; use an Event to stop another process's work")
		}
		return nil, py.NewException(py.KeyboardInterruptType)
	}
	target.Kill(int(sig))
	return py.None, nil
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
