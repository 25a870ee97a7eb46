package script

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.starlark.net/starlark"

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
}

func (e *ScriptError) Error() string { return e.Traceback }

// Unwrap returns the exception, so errors.Is(err, sim.ErrTimeout) works on a script's failure.
func (e *ScriptError) Unwrap() error { return e.Exception }

// scriptError turns the error that ended the main module into a ScriptError.
func (rt *runtime) scriptError(err error) *ScriptError {
	exc := pyException(err)
	rt.suggest(err, exc)
	return &ScriptError{Traceback: rt.traceback(err, exc), Last: rt.exceptionLine(exc), Exception: exc}
}

// taskError turns a script error in a task (or callback, or thread) into the Python exception it
// stands for, and remembers where it was raised for the traceback of whoever re-raises it.
func (rt *runtime) taskError(err error) error {
	exc := pyException(err)
	if _, known := rt.stacks[exc]; !known {
		rt.stacks[exc] = stackOf(err)
		rt.suggest(err, exc)
	}
	return exc
}

// stackOf returns the interpreter call stack an error carries, if any.
func stackOf(err error) starlark.CallStack {
	var r *raised
	if errors.As(err, &r) {
		return r.stack
	}
	var ev *starlark.EvalError
	if errors.As(err, &ev) {
		if argErrorRE.MatchString(ev.Msg) && len(ev.CallStack) > 0 {
			// The interpreter binds arguments in the callee's frame; Python fails in the caller's.
			return ev.CallStack[:len(ev.CallStack)-1]
		}
		return ev.CallStack
	}
	return nil
}

// argErrorRE matches the interpreter's errors for a call's arguments (pyerrors.go).
var argErrorRE = regexp.MustCompile(`^function \w+ (accepts|missing|got) `)

// traceback formats err, which is exc, as Python does: the chain of exc's causes, oldest first, then
// the frames of the script that led to exc (those of the raising call first, then those of the task
// that raised the exception, if it came from one), then the exception's last line.
func (rt *runtime) traceback(err error, exc *sim.Exception) string {
	var b strings.Builder
	rt.writeCauses(&b, exc, map[*sim.Exception]bool{exc: true})
	b.WriteString("Traceback (most recent call last):\n")
	rt.writeFrames(&b, stackOf(err))
	rt.writeFrames(&b, rt.ownStack(exc))
	b.WriteString(rt.exceptionLine(exc))
	return b.String()
}

// remoteTraceback formats exc, raised by a task in a worker process, as the worker's
// traceback.format_exception does: the text of the _RemoteTraceback the parent gives it as its cause
// (sim.ProcessPoolOptions.FormatException).
func (rt *runtime) remoteTraceback(exc *sim.Exception) string {
	return rt.traceback(exc, exc) + "\n"
}

// writeCauses writes the causes of exc (its __cause__, and theirs), oldest first, each followed by
// CPython's "The above exception was the direct cause of the following exception:". A cause that was
// never raised has no frames, nor a "Traceback" header; seen stops a cycle, as CPython does. A
// _RemoteTraceback's message is the worker's traceback (remoteTraceback).
func (rt *runtime) writeCauses(b *strings.Builder, exc *sim.Exception, seen map[*sim.Exception]bool) {
	cause, ok := exc.Cause.(*sim.Exception)
	if !ok || seen[cause] {
		return
	}
	seen[cause] = true
	rt.writeCauses(b, cause, seen)
	if stack := rt.ownStack(cause); len(stack) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		rt.writeFrames(b, stack)
	}
	b.WriteString(rt.exceptionLine(cause) + "\n\n" + sim.DirectCause + "\n\n")
}

// ownStack returns the frames where exc was raised in a task: none if it was raised in a worker
// process, whose frames are in the text of its _RemoteTraceback cause instead.
func (rt *runtime) ownStack(exc *sim.Exception) starlark.CallStack {
	if cause, ok := exc.Cause.(*sim.Exception); ok && cause.Class == sim.RemoteTraceback {
		return nil
	}
	return rt.stacks[exc]
}

func (rt *runtime) writeFrames(b *strings.Builder, stack starlark.CallStack) {
	lines := strings.Split(string(rt.opts.Source), "\n")
	for _, fr := range stack {
		if fr.Pos.Filename() != rt.opts.Filename || fr.Pos.Line == 0 {
			continue
		}
		name := fr.Name
		if name == "<toplevel>" {
			name = "<module>"
		}
		fmt.Fprintf(b, "  File %q, line %d, in %s\n", rt.opts.Filename, fr.Pos.Line, name)
		if l := int(fr.Pos.Line); l <= len(lines) {
			if src := strings.TrimSpace(lines[l-1]); src != "" {
				fmt.Fprintf(b, "    %s\n", src)
			}
		}
	}
}

// exceptionLine is the last line of a Python traceback for e.
func exceptionLine(e *sim.Exception) string {
	name := qualName(e.Class)
	if e.Message == "" {
		return name
	}
	return name + ": " + e.Message
}

// exceptionLine is the last line of a Python traceback for e, with the hint CPython's traceback adds
// to a NameError or an AttributeError (suggest.go).
func (rt *runtime) exceptionLine(e *sim.Exception) string {
	line := exceptionLine(e)
	switch {
	case e.Class == NameError:
		wrong := quoted(e.Message)
		return withSuggestion(line, true, wrong, rt.nameSuggestion(wrong))
	case e.Class == AttributeError:
		wrong, hint := quoted(e.Message), rt.hints[e]
		if strings.HasPrefix(hint, "_") && !strings.HasPrefix(wrong, "_") {
			hint = "" // CPython suggests only public names for a public one
		}
		return withSuggestion(line, false, wrong, hint)
	}
	return line
}

// nameSuggestion is the name CPython suggests for an undefined name: the nearest of the names the
// interpreter proposed (a local or global one), the builtins and the exception classes.
func (rt *runtime) nameSuggestion(wrong string) string {
	candidates := []string{rt.nameHints[wrong]}
	for _, d := range []starlark.StringDict{rt.predeclared("__main__"), starlark.Universe} {
		for _, name := range d.Keys() {
			if !strings.HasPrefix(name, "__") {
				candidates = append(candidates, name)
			}
		}
	}
	return bestSuggestion(wrong, candidates)
}

// suggest remembers the interpreter's spelling hint for an AttributeError, which err's message
// carries and exc's has lost.
func (rt *runtime) suggest(err error, exc *sim.Exception) {
	if exc.Class != AttributeError {
		return
	}
	var ev *starlark.EvalError
	msg := err.Error()
	if errors.As(err, &ev) {
		msg = ev.Msg
	}
	if _, hint := cutHint(msg); hint != "" {
		rt.hints[exc] = hint
	}
}

// report writes, on stderr, why the run failed.
func (rt *runtime) report(err error) {
	w := rt.opts.Stderr
	var se *ScriptError
	var dead *sim.DeadlockError
	var lim *sim.LimitError
	switch {
	case errors.As(err, &se):
		fmt.Fprintln(w, se.Traceback)
	case errors.As(err, &dead):
		fmt.Fprintf(w, "futurescope: %v\n(Python would hang here forever.)\n", dead)
	case errors.As(err, &lim):
		fmt.Fprintf(w, "futurescope: %v\n", lim)
	default:
		fmt.Fprintf(w, "futurescope: %v\n", err)
	}
}
