package script

import (
	"bytes"
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/futurescope/futurescope/sim"
)

// This file holds the fake modules the dialect tests import. Each has a
// Python twin in testdata/pylib, so the same chunks also run in CPython.
//
//	ctx.Manager(name, fail_exit=False, value=None): a context manager that
//	    prints "enter NAME" and "exit NAME"; its Exit fails if fail_exit;
//	    "as" binds value, or name.
//	concurrent.futures.ThreadPoolExecutor(max_workers=None): a context
//	    manager whose submit(fn, *args) calls fn at once and returns a
//	    future-like struct with result().
//	time.sleep(secs), time.monotonic(): do nothing, return 0.0.

// fakeModules returns the module table of the tests.
func fakeModules() Modules {
	builtin := starlark.NewBuiltin
	return Modules{
		"ctx": {Name: "ctx", Members: starlark.StringDict{"Manager": builtin("Manager", newFakeManager)}},
		"time": {Name: "time", Members: starlark.StringDict{
			"sleep": builtin("sleep", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
				return starlark.None, nil
			}),
			"monotonic": builtin("monotonic", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
				return starlark.Float(0), nil
			}),
		}},
		"concurrent.futures": {Name: "concurrent.futures", Members: starlark.StringDict{
			"ThreadPoolExecutor": builtin("ThreadPoolExecutor", newFakeExecutor),
			"ALL_COMPLETED":      starlark.String("ALL_COMPLETED"),
		}},
	}
}

// fakeManager is ctx.Manager.
type fakeManager struct {
	name     string
	failExit bool
	value    starlark.Value
}

func newFakeManager(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m := &fakeManager{value: starlark.None}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name", &m.name, "fail_exit?", &m.failExit, "value?", &m.value); err != nil {
		return nil, err
	}
	if m.value == starlark.None {
		m.value = starlark.String(m.name)
	}
	return m, nil
}

func (m *fakeManager) Enter(thread *starlark.Thread) (starlark.Value, error) {
	fmt.Fprintf(Stdout(thread), "enter %s\n", m.name)
	return m.value, nil
}

func (m *fakeManager) Exit(thread *starlark.Thread) error {
	fmt.Fprintf(Stdout(thread), "exit %s\n", m.name)
	if m.failExit {
		return sim.NewException(sim.RuntimeError, "exit failed: "+m.name)
	}
	return nil
}

func (m *fakeManager) String() string        { return "<ctx.Manager " + m.name + ">" }
func (m *fakeManager) Type() string          { return "Manager" }
func (m *fakeManager) Freeze()               {}
func (m *fakeManager) Truth() starlark.Bool  { return true }
func (m *fakeManager) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable") }

// fakeExecutor is concurrent.futures.ThreadPoolExecutor.
type fakeExecutor struct{ shut bool }

func newFakeExecutor(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var workers starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "max_workers?", &workers); err != nil {
		return nil, err
	}
	return &fakeExecutor{}, nil
}

func (e *fakeExecutor) Enter(thread *starlark.Thread) (starlark.Value, error) { return e, nil }
func (e *fakeExecutor) Exit(thread *starlark.Thread) error {
	e.shut = true
	return nil
}

func (e *fakeExecutor) Attr(name string) (starlark.Value, error) {
	if name != "submit" {
		return nil, nil
	}
	return starlark.NewBuiltin("submit", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if e.shut {
			return nil, sim.NewException(sim.RuntimeError, "cannot schedule new futures after shutdown")
		}
		v, err := starlark.Call(thread, args[0], args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		result := starlark.NewBuiltin("result", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return v, nil
		})
		return starlarkstruct.FromStringDict(starlark.String("Future"), starlark.StringDict{"result": result}), nil
	}), nil
}

func (e *fakeExecutor) AttrNames() []string   { return []string{"submit"} }
func (e *fakeExecutor) String() string        { return "<ThreadPoolExecutor>" }
func (e *fakeExecutor) Type() string          { return "ThreadPoolExecutor" }
func (e *fakeExecutor) Freeze()               {}
func (e *fakeExecutor) Truth() starlark.Bool  { return true }
func (e *fakeExecutor) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable") }

// runScript compiles and runs src with the fake modules and returns what it
// printed and its error.
func runScript(filename string, src []byte) (string, error) {
	env := Predeclared("__main__", fakeModules())
	prog, err := Compile(filename, src, env)
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	thread := &starlark.Thread{Name: "main"}
	SetStdout(thread, &out)
	_, err = prog.Init(thread, env)
	return out.String(), err
}

// errorLine returns the line of the user's code where err happened: the
// position of a compile error, or the innermost frame in filename of a
// runtime error.
func errorLine(filename string, err error) int {
	switch err := err.(type) {
	case *Error:
		return err.Line
	case *starlark.EvalError:
		for i := 0; i < len(err.CallStack); i++ {
			if fr := err.CallStack.At(i); fr.Pos.Filename() == filename {
				return int(fr.Pos.Line)
			}
		}
	}
	return 0
}

// finalLine returns the last line of a possibly multi-line message.
func finalLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}
