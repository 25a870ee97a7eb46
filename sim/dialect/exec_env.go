package script

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// modules is the module table of the run: what scripts can import.
func (rt *runtime) modules() Modules {
	mods := Modules{
		"concurrent.futures": rt.futuresModule(),
		"time":               rt.timeModule(),
		"threading":          rt.threadingModule(),
		"os":                 rt.osModule(),
		"random":             rt.randomModule(),
	}
	for name, m := range rt.futuresSubmodules() {
		mods[name] = m
	}
	return mods
}

// predeclared is what a module named name sees: the dialect's builtins, the modules, Python's
// exception classes and next.
func (rt *runtime) predeclared(name string) starlark.StringDict {
	if d := rt.env[name]; d != nil {
		return d
	}
	d := Predeclared(name, rt.mods)
	for _, c := range exceptionClasses {
		d[c.Name] = &excClass{c}
	}
	d["next"] = starlark.NewBuiltin("next", nextBuiltin)
	rt.env[name] = d
	return d
}

// compile checks and compiles the script.
func (rt *runtime) compile() (*starlark.Program, error) {
	prog, hints, err := compile(rt.opts.Filename, rt.opts.Source, rt.predeclared("__main__"), true)
	rt.nameHints = hints
	return prog, err
}

// currentThread returns the interpreter thread of the running simulated thread.
func (rt *runtime) currentThread() *starlark.Thread {
	return rt.threads[rt.k.Current()]
}

// reprAny is the trace's repr of a result: Python's repr for script values.
func reprAny(v any) string {
	switch v := v.(type) {
	case starlark.Value:
		return Repr(v)
	case nil:
		return "None"
	case error:
		return v.Error()
	}
	return fmt.Sprint(v)
}

// stopIteration is the StopIteration that next() raises on an exhausted iterator.
func stopIteration() error { return sim.NewException(StopIteration, "") }

// PyRepr is the exception's repr: ValueError('bad').
func (e *excValue) PyRepr() string { return reprExc(e) }

// PyStr is the exception's str: its message.
func (e *excValue) PyStr() string { return e.String() }

// IsInstance reports whether v is an exception of this class or a subclass.
func (c *excClass) IsInstance(v starlark.Value) bool {
	e, ok := v.(*excValue)
	return ok && e.exc.Class.IsSubclass(c.c)
}

// PyRepr is the class's repr: <class 'ValueError'>.
func (c *excClass) PyRepr() string { return c.String() }

// typeNameAny is the Python type name of a result, for a future's repr.
func typeNameAny(v any) string {
	if x, ok := v.(starlark.Value); ok {
		return pyTypeName(x)
	}
	return sim.TypeName(v)
}

// PyType is type(e): the exception's class.
func (e *excValue) PyType() starlark.Value { return &excClass{e.exc.Class} }
