package py

// sys.version_info as CPython's struct sequence and sys.exit's arguments.

// versionInfoType is the class of sys.version_info: a tuple with major,
// minor, micro, releaselevel and serial fields, repr'd as
// sys.version_info(major=3, ...), that scripts cannot make more of.
var versionInfoType = func() *Type {
	t := NewNamedTupleType("version_info", "sys", "major", "minor", "micro", "releaselevel", "serial")
	t.New = func(th *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		return nil, Errorf(TypeErrorType, "cannot create 'sys.version_info' instances")
	}
	t.DelAttr("_fields") // a struct sequence, not a namedtuple
	t.DelAttr("_asdict")
	RegisterMethods(t, map[string]MethodFunc{
		"__repr__": func(th *Thread, self Object, args []Object, kw []string) (Object, error) {
			tup, ok := self.(*Tuple)
			if !ok || len(tup.V) != 5 {
				return nil, Errorf(TypeErrorType, "descriptor '__repr__' requires a 'sys.version_info' object")
			}
			s := "sys.version_info("
			for i, f := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
				r, err := th.Repr(tup.V[i])
				if err != nil {
					return nil, err
				}
				if i > 0 {
					s += ", "
				}
				s += f + "=" + r
			}
			return NewStr(s + ")"), nil
		},
	})
	return t
}()

// sysExit is sys.exit([status]): SystemExit with the status as its one
// argument, or none for None or no argument.
func sysExit(t *Thread, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "sys.exit() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 && args[0] == None {
		args = nil
	}
	return nil, NewException(SystemExitType, args...)
}

// sys.stdout and sys.stderr's attributes as a text file's: name, mode,
// encoding, errors, closed, and isatty, readable, writable and seekable
// for a pipe (the simulator's output is never a terminal).
func init() {
	str := func(name string, v func(f *StreamFile) string) {
		StreamFileType.SetAttr(name, GoProperty(name, func(t *Thread, self Object) (Object, error) {
			f, ok := self.(*StreamFile)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' requires a '_io.TextIOWrapper' object", name)
			}
			return NewStr(v(f)), nil
		}))
	}
	str("name", func(f *StreamFile) string { return f.Name })
	str("mode", func(*StreamFile) string { return "w" })
	str("encoding", func(*StreamFile) string { return "utf-8" })
	str("errors", func(f *StreamFile) string {
		if f.Name == "<stderr>" {
			return "backslashreplace"
		}
		return "strict" // CPython's under a UTF-8 locale; surrogateescape under C or POSIX
	})
	StreamFileType.SetAttr("closed", GoProperty("closed", func(t *Thread, self Object) (Object, error) { return False, nil }))
	answer := func(name string, v Object) MethodFunc {
		return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 0 || len(kw) != 0 {
				return nil, Errorf(TypeErrorType, "_io.TextIOWrapper.%s() takes no arguments (%d given)", name, len(args))
			}
			return v, nil
		}
	}
	RegisterMethods(StreamFileType, map[string]MethodFunc{
		"isatty":   answer("isatty", False),
		"readable": answer("readable", False),
		"writable": answer("writable", True),
		"seekable": answer("seekable", False),
	})
}

// streamRepr is CPython's repr of sys.stdout and sys.stderr.
func streamRepr(f *StreamFile) string {
	return "<_io.TextIOWrapper name=" + quoteStr(f.Name) + " mode='w' encoding='utf-8'>"
}
