package script

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A ScriptError is an exception the script did not catch: what python3 prints on stderr before it
// exits with status 1.
type ScriptError struct {
	// Traceback is the whole report, ending with Last.
	Traceback string
	// Last is the last line, the one Python prints last: "TimeoutError: 3 (of 6) futures unfinished".
	Last string
	// Exception is the exception, with its Python class.
	Exception *sim.Exception
	exit      int
}

// Error returns the traceback.
func (e *ScriptError) Error() string { return e.Traceback }

// Unwrap returns the exception, so errors.Is(err, sim.ErrTimeout) works on a script's failure.
func (e *ScriptError) Unwrap() error { return e.Exception }

// lastLine is the exception's line of a traceback: "ValueError: bad".
func lastLine(t *py.Thread, e *py.Exception) string {
	name := e.Type().Name
	if m := e.Type().Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	msg, err := t.Str(e)
	if err != nil || msg == "" {
		return name
	}
	return name + ": " + msg
}

// report writes, on stderr, why the run failed, and returns it as data.
func (rt *runtime) report(err error) *Report {
	var b strings.Builder
	var se *ScriptError
	var dead *sim.DeadlockError
	var lim *sim.LimitError
	switch {
	case errors.As(err, &se):
		b.WriteString(se.Traceback)
	case errors.As(err, &dead):
		fmt.Fprintf(&b, "futurescope: %v\n(Python would hang here forever.)\n", dead)
	case errors.As(err, &lim) && lim.Limit == limitCancelled:
		fmt.Fprintf(&b, "futurescope: %s\n", lim.Msg)
	case errors.As(err, &lim):
		fmt.Fprintf(&b, "futurescope: %v\n", lim)
	default:
		fmt.Fprintf(&b, "futurescope: %v\n", err)
	}
	io.WriteString(rt.opts.Stderr, b.String())
	if se != nil {
		if rt.rep != nil {
			return rt.rep
		}
		return &Report{Kind: KindException, Message: se.Last, Text: b.String()}
	}
	return rt.failureReport(err, b.String())
}

// log receives the concurrent.futures logger's records. A process that imported logging hands them
// to logging.getLogger("concurrent.futures"); otherwise Python prints them to stderr
// (logging.lastResort).
func (rt *runtime) log(level, msg string) {
	traced := rt.traced
	rt.traced = nil
	if th := rt.cur(); th != nil {
		if m := th.proc.in.Modules["logging"]; m != nil {
			var exc *py.Exception
			if traced != nil && strings.HasSuffix(msg, "\n"+traced.traceback) {
				// "exception calling callback for <Future …>" with the exception as exc_info, as
				// CPython's logger.exception gives it.
				msg = strings.TrimSuffix(msg, "\n"+traced.traceback)
				exc = rt.toPy(th.proc, traced.exc)
			}
			if err := th.logRecord(m, level, msg, exc); err == nil {
				return
			}
		}
	}
	fmt.Fprintln(rt.opts.Stderr, msg)
}

// logRecord logs msg on the concurrent.futures logger of the thread's process.
func (th *thread) logRecord(logging *py.Module, level, msg string, exc *py.Exception) error {
	levels := map[string]int64{"ERROR": 40, "CRITICAL": 50}
	getLogger, ok := logging.Dict.GetStr("getLogger")
	if !ok {
		return errors.New("no getLogger")
	}
	logger, err := th.pt.Call(getLogger, []py.Object{py.NewStr("concurrent.futures")}, nil)
	if err == nil {
		var logFn py.Object
		if logFn, err = th.pt.GetAttrString(logger, "log"); err == nil {
			args, kw := []py.Object{py.MakeInt(levels[level]), py.NewStr(msg)}, []string(nil)
			if exc != nil {
				args, kw = append(args, exc), []string{"exc_info"}
			}
			_, err = th.pt.Call(logFn, args, kw)
		}
	}
	th.rethrowExit()
	return err
}

// An excOrigin is where an exception the simulator holds came from: a Python exception of one
// process, or one pickled in a worker, with its copies in other processes.
type excOrigin struct {
	ps      *proc
	exc     *py.Exception
	pickled *pkExc
	copies  map[*proc]*py.Exception
}

// toSim returns the simulator's view of a Python exception (the same one each time).
func (rt *runtime) toSim(ps *proc, e *py.Exception) *sim.Exception {
	if s := rt.simExcs[e]; s != nil {
		return s
	}
	s := &sim.Exception{Class: rt.simClass(e.Type()), Message: plainMessage(e)}
	rt.simExcs[e] = s
	rt.excs[s] = &excOrigin{ps: ps, exc: e}
	if c, ok := e.Cause.(*py.Exception); ok {
		s.Cause = rt.toSim(ps, c)
	}
	return s
}

// simErr turns an error of Python code into the simulator's exception; other errors pass.
func (rt *runtime) simErr(ps *proc, err error) error {
	if e, ok := err.(*py.Exception); ok {
		return rt.toSim(ps, e)
	}
	return err
}

func plainMessage(e *py.Exception) string {
	s := e.Error()
	return strings.TrimPrefix(strings.TrimPrefix(s, e.Type().Name), ": ")
}

// simClass returns the simulator's class of a Python exception class.
func (rt *runtime) simClass(t *py.Type) *sim.Class {
	if c := rt.classes[t]; c != nil {
		return c
	}
	if c := builtinSimClasses[t]; c != nil {
		return c
	}
	var base *sim.Class
	if len(t.MRO) > 1 && t.MRO[1].IsSubtype(py.BaseExceptionType) {
		base = rt.simClass(t.MRO[1])
	}
	c := sim.NewClass(t.Name, base)
	rt.classes[t] = c
	return c
}

var builtinSimClasses = map[*py.Type]*sim.Class{
	py.BaseExceptionType:     sim.BaseException,
	py.SystemExitType:        sim.SystemExit,
	py.KeyboardInterruptType: sim.KeyboardInterrupt,
	py.ExceptionType:         sim.ExceptionClass,
	py.RuntimeErrorType:      sim.RuntimeError,
	py.ValueErrorType:        sim.ValueError,
	py.TypeErrorType:         sim.TypeError,
	py.OSErrorType:           sim.OSError,
	py.TimeoutErrorType:      sim.TimeoutError,
}

// pyErr turns an error from the simulator into the Python exception of process ps; errors that are
// no exception (the simulator's own) pass.
func (rt *runtime) pyErr(ps *proc, err error) error {
	if err == nil {
		return nil
	}
	if e := rt.toPy(ps, err); e != nil {
		return e
	}
	return err
}

// toPy returns the Python exception of process ps that err stands for, or nil if err is none.
func (rt *runtime) toPy(ps *proc, err error) *py.Exception {
	switch e := err.(type) {
	case *py.Exception:
		return e
	case *sim.Exception:
		o := rt.excs[e]
		if o == nil {
			o = &excOrigin{}
			rt.excs[e] = o
		}
		if o.ps == ps && o.exc != nil {
			return o.exc
		}
		if c := o.copies[ps]; c != nil {
			return c
		}
		var x *py.Exception
		if o.pickled != nil {
			x = ps.unpickleExc(o.pickled)
		} else {
			var args []py.Object
			if e.Message != "" {
				args = append(args, py.NewStr(e.Message))
			}
			x = py.NewException(ps.cls.pyType(e.Class), args...)
			if e.Class == sim.RemoteTraceback {
				x.SetAttr("tb", py.NewStr(e.Message))
			}
		}
		if o.copies == nil {
			o.copies = map[*proc]*py.Exception{}
		}
		o.copies[ps] = x
		if e.Cause != nil && x.Cause == nil {
			if c := rt.toPy(ps, e.Cause); c != nil {
				x.Cause, x.SuppressContext = c, true
			}
		}
		return x
	}
	return nil
}
