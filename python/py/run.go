package py

import (
	"fmt"
	"io"
	"strings"

	"github.com/futurescope/futurescope/python/compile"
	"github.com/futurescope/futurescope/python/syntax"
)

// CompileSource parses and compiles a file; errors are *syntax.Error.
func CompileSource(filename string, src []byte) (*compile.Code, error) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return compile.Compile(mod, filename)
}

// ExecModule runs code as the body of a new module named name (registered
// in the Interp's modules), in thread t.
func (t *Thread) ExecModule(name string, code *compile.Code) (*Module, error) {
	m := NewModule(name)
	m.Dict.SetStr("__file__", NewStr(code.Filename))
	m.Dict.SetStr("__builtins__", t.Interp.Modules["builtins"])
	for _, k := range []string{"__package__", "__spec__", "__loader__", "__cached__"} {
		m.Dict.SetStr(k, None)
	}
	t.Interp.addModule(name, m)
	_, err := t.RunCode(code, m.Dict)
	return m, err
}

// ImportSource runs src, a library module written in Python (filename names it in tracebacks), as
// module name in thread t: what hosts and the standard library use for their Python-written modules.
// A source that does not compile is the library's fault, a SystemError.
func (t *Thread) ImportSource(name, filename string, src []byte) (*Module, error) {
	code, err := CompileSource(filename, src)
	if err != nil {
		return nil, Errorf(SystemErrorType, "import %s: %v", name, err)
	}
	t.Interp.SetSource(filename, src)
	return t.ExecModule(name, code)
}

// RunCode runs module-level code with globals (also its namespace). A Go runtime error inside the
// run (an interpreter bug) returns as an *InternalError; other panics pass through.
func (t *Thread) RunCode(code *compile.Code, globals *Dict) (r Object, err error) {
	depth, frame, exc := t.depth, t.frame, t.exc
	defer func() {
		if p := recover(); p != nil {
			ie := internalError(p)
			t.depth, t.frame, t.exc = depth, frame, exc
			r, err = nil, ie
		}
	}()
	if err := t.enter(); err != nil {
		return nil, err
	}
	f := t.newFrame(code, nil, globals, true)
	f.locals = globals
	r, err = t.eval(f, nil)
	t.depth--
	return r, err
}

// RunMain runs a script as `python3 filename` would: output to stdout, an
// uncaught exception or syntax error printed to stderr as CPython 3.13
// prints it, and the exit code (0, 1, or sys.exit's).
func RunMain(filename string, src []byte, stdout, stderr io.Writer) int {
	code, err := CompileSource(filename, src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			io.WriteString(stderr, se.Traceback())
			return 1
		}
		fmt.Fprintf(stderr, "%v\n", err)
		return 1
	}
	in := NewInterp(stdout, stderr)
	in.SetSource(filename, src)
	for _, w := range code.Warnings {
		fmt.Fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", filename, w.Line, w.Msg)
		if w.Line > 0 && w.Line <= len(in.sources[filename]) {
			if line := strings.TrimSpace(in.sources[filename][w.Line-1]); line != "" {
				fmt.Fprintf(stderr, "  %s\n", line)
			}
		}
	}
	t := in.NewThread()
	_, err = t.ExecModule("__main__", code)
	if err == nil {
		return 0
	}
	return t.ReportExit(err)
}

// ReportExit prints an uncaught error as CPython does at exit and returns
// the process exit code (SystemExit's code is honoured).
func (t *Thread) ReportExit(err error) int {
	e, ok := err.(*Exception)
	if !ok {
		fmt.Fprintf(t.Interp.Stderr, "%v\n", err)
		if ie, ok := err.(*InternalError); ok {
			io.WriteString(t.Interp.Stderr, ie.Stack)
		}
		return 1
	}
	if e.Matches(SystemExitType) {
		code, _ := t.specialAttr(e, "code")
		switch c := code.(type) {
		case NoneType:
			return 0
		case Int:
			return int(c) & 0xff
		case Bool:
			if c {
				return 1
			}
			return 0
		}
		s, _ := t.Str(code)
		io.WriteString(t.Interp.Stderr, s+"\n")
		return 1
	}
	io.WriteString(t.Interp.Stderr, t.FormatException(e))
	return 1
}

func init() {
	RegisterCoreModule("sys", func(in *Interp) (*Module, error) {
		m := NewModule("sys")
		stdout, stderr := &StreamFile{W: in.Stdout, Name: "<stdout>"}, &StreamFile{W: in.Stderr, Name: "<stderr>"}
		m.SetAttr("stdout", stdout)
		m.SetAttr("stderr", stderr)
		m.SetAttr("__stdout__", stdout)
		m.SetAttr("__stderr__", stderr)
		m.SetAttr("maxsize", MakeInt(1<<63-1))
		m.SetAttr("version", NewStr("3.13.0 (futurescope)"))
		m.SetAttr("version_info", NewTupleOf(versionInfoType, []Object{MakeInt(3), MakeInt(13), MakeInt(0), NewStr("final"), MakeInt(0)}))
		m.SetAttr("platform", NewStr("linux"))
		m.SetAttr("argv", NewList([]Object{NewStr("")}))
		m.SetAttr("byteorder", NewStr("little"))
		m.SetAttr("exit", NewBuiltin("exit", sysExit))
		m.SetAttr("getrecursionlimit", NewBuiltin("getrecursionlimit", func(t *Thread, args []Object, kw []string) (Object, error) {
			return MakeInt(int64(t.Interp.RecursionLimit)), nil
		}))
		m.SetAttr("setrecursionlimit", NewBuiltin("setrecursionlimit", func(t *Thread, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "setrecursionlimit() takes exactly one argument (%d given)", len(args))
			}
			n, err := t.ToInt64(args[0])
			if err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
			}
			t.Interp.RecursionLimit = int(min(n, 100000))
			return None, nil
		}))
		m.SetAttr("exception", NewBuiltin("exception", func(t *Thread, args []Object, kw []string) (Object, error) {
			if t.exc == nil {
				return None, nil
			}
			return t.exc, nil
		}))
		m.SetAttr("exc_info", NewBuiltin("exc_info", func(t *Thread, args []Object, kw []string) (Object, error) {
			if t.exc == nil {
				return NewTuple([]Object{None, None, None}), nil
			}
			return NewTuple([]Object{t.exc.Type(), t.exc, t.tracebackObject(t.exc)}), nil
		}))
		m.SetAttr("modules", in.sysModules)
		m.SetAttr("_getframe", NewBuiltin("_getframe", sysGetframe))
		return m, nil
	})
}
