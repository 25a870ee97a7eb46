package script

import (
	"io"
	"strings"

	"go.starlark.net/starlark"
)

// stdoutKey is the thread-local key of the writer print writes to.
const stdoutKey = "futurescope/script.stdout"

// SetStdout makes print, on thread, write to w. Each print call is one
// Write of its whole text, end included, so a writer can turn each call into
// one trace event. Without a writer, print's output is discarded.
func SetStdout(thread *starlark.Thread, w io.Writer) {
	thread.SetLocal(stdoutKey, w)
}

// Stdout returns the writer set by SetStdout, or nil.
func Stdout(thread *starlark.Thread) io.Writer {
	w, _ := thread.Local(stdoutKey).(io.Writer)
	return w
}

// pyPrint implements Python's print(*objects, sep=' ', end='\n',
// file=None, flush=False). file may only be None: output goes to the
// thread's writer. flush is accepted and ignored.
func pyPrint(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	sep, end := " ", "\n"
	for _, kv := range kwargs {
		name, _ := starlark.AsString(kv[0])
		switch name {
		case "sep", "end":
			s, err := printOption(name, kv[1])
			if err != nil {
				return nil, err
			}
			if name == "sep" && s != nil {
				sep = *s
			} else if s != nil {
				end = *s
			}
		case "file":
			if kv[1] != starlark.None {
				return nil, typeErr("print(file=...) is not supported: output goes to the console")
			}
		case "flush":
		default:
			return nil, typeErr("'%s' is an invalid keyword argument for print()", name)
		}
	}
	var text strings.Builder
	for i, v := range args {
		if i > 0 {
			text.WriteString(sep)
		}
		text.WriteString(Str(v))
	}
	text.WriteString(end)
	if w := Stdout(thread); w != nil {
		if _, err := io.WriteString(w, text.String()); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// printOption returns the value of sep= or end=: a string, or nil for None.
func printOption(name string, v starlark.Value) (*string, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return nil, nil
	case starlark.String:
		s := string(v)
		return &s, nil
	}
	return nil, typeErr("%s must be None or a string, not %s", name, pyTypeName(v))
}
