package py

import (
	"bytes"
	"strings"
	"testing"
)

type counterObj struct{ n int64 }

var counterType = func() *Type {
	t := mkType("Counter", ObjectType)
	t.Module = "hostmod"
	return t
}()

var _ = registerCounter()

func registerCounter() bool {
	RegisterMethods(counterType, counterMethods)
	return true
}

var counterMethods = map[string]MethodFunc{
	"incr": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		c := self.(*counterObj)
		c.n++
		return MakeInt(c.n), nil
	},
}

func (*counterObj) Type() *Type { return counterType }

func init() {
	counterType.SetAttr("value", GoProperty("value", func(t *Thread, self Object) (Object, error) {
		return MakeInt(self.(*counterObj).n), nil
	}))
}

func TestHostModule(t *testing.T) {
	errType := NewExceptionType("HostError", "hostmod", nil)
	src := "import hostmod\nc = hostmod.make()\nc.incr()\nprint(c.incr(), c.value, type(c).__name__)\ntry:\n    hostmod.fail()\nexcept hostmod.HostError as e:\n    print('caught', e)\nhostmod.fail()\n"
	code, err := CompileSource("host.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	in.SetSource("host.py", []byte(src))
	in.RegisterModule("hostmod", func(in *Interp) (*Module, error) {
		m := NewModule("hostmod")
		m.SetAttr("make", NewBuiltin("make", func(t *Thread, args []Object, kw []string) (Object, error) { return &counterObj{}, nil }))
		m.SetAttr("fail", NewBuiltin("fail", func(t *Thread, args []Object, kw []string) (Object, error) {
			return nil, Errorf(errType, "no luck")
		}))
		m.SetAttr("HostError", errType)
		return m, nil
	})
	th := in.NewThread()
	_, err = th.ExecModule("__main__", code)
	if got := out.String(); got != "2 2 Counter\ncaught no luck\n" {
		t.Errorf("stdout %q", got)
	}
	e, ok := err.(*Exception)
	if !ok {
		t.Fatalf("err = %v, want HostError", err)
	}
	tb := th.FormatException(e)
	if !strings.HasSuffix(tb, "    hostmod.fail()\n    ~~~~~~~~~~~~^^\nhostmod.HostError: no luck\n") {
		t.Errorf("traceback:\n%s", tb)
	}
}
