package script

import "github.com/futurescope/futurescope/python/py"

// deprecated warns as CPython 3.10+ warns when a script calls one of threading's old camelCase names
// (currentThread, getName, isSet, …): a DeprecationWarning "NAME() is deprecated, ADVICE", shown
// once per line under the default filters when the call is the main module's. The alias has no
// Python frame of its own, so stacklevel 1 is the script's line, as stacklevel 2 is in threading.py.
func (th *thread) deprecated(name, advice string) error {
	m, err := th.pt.Import("warnings")
	if err != nil {
		return err
	}
	warn, err := th.pt.GetAttr(m, py.NewStr("warn"))
	if err != nil {
		return err
	}
	msg := py.NewStr(name + "() is deprecated, " + advice)
	_, err = th.pt.Call(warn, []py.Object{msg, py.DeprecationWarningType, py.MakeInt(1)}, []string{"stacklevel"})
	return err
}

// deprecatedMethod wraps a method of an old camelCase name with its warning.
func deprecatedMethod(name, advice string, fn hostMethod) hostMethod {
	return func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if err := th.deprecated(name, advice); err != nil {
			return nil, err
		}
		return fn(th, self, args, kw)
	}
}

// deprecatedFunc wraps a function of an old camelCase name with its warning.
func deprecatedFunc(name, advice string, fn hostFunc) hostFunc {
	return func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		if err := th.deprecated(name, advice); err != nil {
			return nil, err
		}
		return fn(th, args, kw)
	}
}
