package py

import "strings"

// The traceback module's printing functions, on the interpreter's own
// CPython 3.13 formatting.
func init() {
	RegisterCoreModule("traceback", func(in *Interp) (*Module, error) {
		m := NewModule("traceback")
		excArg := func(t *Thread, args []Object, kw []string, fn string) (*Exception, Object, error) {
			a, err := UnpackArgs(fn, args, kw, []string{"exc", "value", "tb", "limit", "file", "chain"}, 0)
			if err != nil {
				return nil, nil, err
			}
			var e *Exception
			if a[1] != nil && a[1] != None {
				e, _ = a[1].(*Exception)
			} else if a[0] != nil {
				e, _ = a[0].(*Exception)
			}
			return e, a[4], nil
		}
		lines := func(s string) Object {
			var out []Object
			for _, l := range strings.SplitAfter(s, "\n") {
				if l != "" {
					out = append(out, NewStr(l))
				}
			}
			return NewList(out)
		}
		m.SetAttr("format_exc", NewBuiltin("format_exc", func(t *Thread, args []Object, kw []string) (Object, error) {
			if t.exc == nil {
				return NewStr("NoneType: None\n"), nil
			}
			return NewStr(t.FormatException(t.exc)), nil
		}))
		m.SetAttr("print_exc", NewBuiltin("print_exc", func(t *Thread, args []Object, kw []string) (Object, error) {
			a, err := UnpackArgs("print_exc", args, kw, []string{"limit", "file", "chain"}, 0)
			if err != nil {
				return nil, err
			}
			s := "NoneType: None\n"
			if t.exc != nil {
				s = t.FormatException(t.exc)
			}
			return None, t.writeErr(a[1], s)
		}))
		m.SetAttr("format_exception", NewBuiltin("format_exception", func(t *Thread, args []Object, kw []string) (Object, error) {
			e, _, err := excArg(t, args, kw, "format_exception")
			if err != nil || e == nil {
				return NewList(nil), err
			}
			return lines(t.FormatException(e)), nil
		}))
		m.SetAttr("format_exception_only", NewBuiltin("format_exception_only", func(t *Thread, args []Object, kw []string) (Object, error) {
			e, _, err := excArg(t, args, kw, "format_exception_only")
			if err != nil || e == nil {
				return NewList(nil), err
			}
			return lines(t.excLine(e)), nil
		}))
		m.SetAttr("print_exception", NewBuiltin("print_exception", func(t *Thread, args []Object, kw []string) (Object, error) {
			e, file, err := excArg(t, args, kw, "print_exception")
			if err != nil || e == nil {
				return None, err
			}
			return None, t.writeErr(file, t.FormatException(e))
		}))
		return m, nil
	})
}

// writeErr writes s to file, or to sys.stderr when file is absent.
func (t *Thread) writeErr(file Object, s string) error {
	if file == nil || file == None {
		if sys, err := t.Import("sys"); err == nil {
			if f, ok := sys.Dict.GetStr("stderr"); ok {
				file = f
			}
		}
	}
	if file == nil || file == None {
		_, err := t.Interp.Stderr.Write([]byte(s))
		return err
	}
	return t.WriteTo(file, s)
}
