package script

import (
	"github.com/futurescope/futurescope/python/py"
)

// pickle, with the rules the process pools copy values by (pickle.go): data is copied, functions
// and classes go by name, instances with their __dict__ or what __reduce__, __reduce_ex__ or
// __getstate__ say, exceptions with their args; lambdas, nested functions, locks, futures and
// executors are refused with CPython's errors.
//
// Has: dumps (CPython's bytes, pickle_dump.go: protocol 4 by default, 3.11 to 3.13's, or 5), loads
// (pickle_load.go), dump and load (on a file object with write or read), PickleError,
// PicklingError, UnpicklingError, HIGHEST_PROTOCOL, DEFAULT_PROTOCOL.
// Lacks: protocols 0 to 3 for dumps, the Pickler and Unpickler classes, persistent ids, copyreg,
// __getnewargs__, __slots__ without a __dict__, a shared multiprocessing object or Manager proxy in
// dumps.

func (ps *proc) pickleModuleFull(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("pickle")
	m.SetAttr("PickleError", ps.cls.pickleError)
	m.SetAttr("PicklingError", ps.cls.pickling)
	m.SetAttr("UnpicklingError", ps.cls.unpickling)
	m.SetAttr("HIGHEST_PROTOCOL", py.MakeInt(5))
	m.SetAttr("DEFAULT_PROTOCOL", py.MakeInt(4))
	m.SetAttr("dumps", builtin("dumps", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("dumps", args, kw, []string{"obj", "protocol", "fix_imports", "buffer_callback"}, 1)
		if err != nil {
			return nil, err
		}
		b, err := ps.dumps(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return &py.Bytes{S: string(b)}, nil
	}))
	m.SetAttr("dump", builtin("dump", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("dump", args, kw, []string{"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 2)
		if err != nil {
			return nil, err
		}
		b, err := ps.dumps(a[0], a[2])
		if err != nil {
			return nil, err
		}
		_, err = th.pt.CallMethod(a[1], "write", &py.Bytes{S: string(b)})
		return py.None, err
	}))
	m.SetAttr("loads", builtin("loads", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("loads", args, kw, []string{"data", "fix_imports", "encoding", "errors", "buffers"}, 1)
		if err != nil {
			return nil, err
		}
		return ps.loads(a[0])
	}))
	m.SetAttr("load", builtin("load", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("load", args, kw, []string{"file", "fix_imports", "encoding", "errors", "buffers"}, 1)
		if err != nil {
			return nil, err
		}
		data, err := th.pt.CallMethod(a[0], "read")
		if err != nil {
			return nil, err
		}
		return ps.loads(data)
	}))
	return m, nil
}

func (ps *proc) dumps(obj, protocol py.Object) ([]byte, error) {
	proto := 4
	if protocol != nil && protocol != py.None {
		n, ok := protocol.(py.Int)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", protocol.Type().Name)
		}
		switch {
		case n < 0:
			proto = 5
		case n > 5:
			return nil, py.Errorf(py.ValueErrorType, "pickle protocol must be <= 5")
		case n < 4:
			return nil, py.Errorf(py.NotImplementedErrorType, "pickle.dumps: the simulator writes protocols 4 and 5 only, not %d", n)
		default:
			proto = int(n)
		}
	}
	v, err := ps.pickle(obj)
	if err != nil {
		return nil, err
	}
	return dumpPickle(v, proto)
}

func (ps *proc) loads(data py.Object) (py.Object, error) {
	var b []byte
	switch d := data.(type) {
	case *py.Bytes:
		b = []byte(d.S)
	case *py.Str:
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not 'str'")
	default:
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", data.Type().Name)
	}
	if len(b) == 0 {
		return nil, py.Errorf(py.EOFErrorType, "Ran out of input")
	}
	v, err := ps.loadPickle(b)
	if err != nil {
		return nil, err
	}
	return ps.unpickle(v)
}
