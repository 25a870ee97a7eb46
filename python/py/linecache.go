package py

import "strings"

// The linecache module over the sources the interpreter was given
// (Interp.SetSource): getline and getlines give a file's lines, each ending
// in "\n" as CPython's do, and "" or [] for a file or line it does not have.
// The interpreter reads no files, so checkcache and clearcache have nothing
// to drop.
func init() {
	RegisterCoreModule("linecache", func(in *Interp) (*Module, error) {
		m := NewModule("linecache")
		m.SetAttr("getlines", NewBuiltin("getlines", func(t *Thread, args []Object, kw []string) (Object, error) {
			a, err := UnpackArgs("getlines", args, kw, []string{"filename", "module_globals"}, 1)
			if err != nil {
				return nil, err
			}
			lines := t.Interp.sourceLines(a[0])
			out := make([]Object, len(lines))
			for i, l := range lines {
				out[i] = NewStr(l)
			}
			return NewList(out), nil
		}))
		m.SetAttr("getline", NewBuiltin("getline", func(t *Thread, args []Object, kw []string) (Object, error) {
			a, err := UnpackArgs("getline", args, kw, []string{"filename", "lineno", "module_globals"}, 2)
			if err != nil {
				return nil, err
			}
			n, err := t.ToInt64(a[1])
			if err != nil {
				return nil, err
			}
			lines := t.Interp.sourceLines(a[0])
			if n < 1 || n > int64(len(lines)) {
				return NewStr(""), nil
			}
			return NewStr(lines[n-1]), nil
		}))
		noop := func(name string) *Builtin {
			return NewBuiltin(name, func(t *Thread, args []Object, kw []string) (Object, error) {
				if _, err := UnpackArgs(name, args, kw, []string{"filename"}, 0); err != nil {
					return nil, err
				}
				return None, nil
			})
		}
		m.SetAttr("checkcache", noop("checkcache"))
		m.SetAttr("clearcache", noop("clearcache"))
		return m, nil
	})
}

// sourceLines returns the lines of the named source, each with its "\n".
func (in *Interp) sourceLines(name Object) []string {
	s, ok := name.(*Str)
	if !ok {
		return nil
	}
	src := in.sources[s.S]
	if len(src) > 0 && src[len(src)-1] == "" {
		src = src[:len(src)-1]
	}
	out := make([]string, len(src))
	for i, l := range src {
		out[i] = strings.TrimSuffix(l, "\r") + "\n"
	}
	return out
}
