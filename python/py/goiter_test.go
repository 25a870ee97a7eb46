package py

import (
	"io"
	"testing"
)

// TestGoIterRunsOnCaller: a lazy built-in iterator (map, filter, zip, enumerate) made by one thread
// and consumed by another runs the Python code it calls on the consuming thread, which is charged
// for it.
func TestGoIterRunsOnCaller(t *testing.T) {
	src := "def slow(x):\n    n = 0\n    for i in range(1000):\n        n += i\n    return x\nit = map(slow, filter(None, zip(range(50), range(50))))\n"
	code, err := CompileSource("it.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterp(io.Discard, io.Discard)
	maker, consumer := in.NewThread(), in.NewThread()
	m, err := maker.ExecModule("__main__", code)
	if err != nil {
		t.Fatal(err)
	}
	it, _ := m.Dict.GetStr("it")
	made := maker.Steps
	var deepest int
	consumer.SetHookEvery(100)
	consumer.Hook = func(th *Thread, ev HookEvent) error {
		deepest = max(deepest, th.Depth())
		return nil
	}
	list, _ := in.Builtins.GetStr("list")
	l, err := consumer.Call(list, []Object{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := consumer.Len(l); n != 50 || consumer.Steps < 50*1000 || maker.Steps != made || deepest < 1 {
		t.Errorf("len %d; consumer ran %d steps (deepest frame %d), maker %d more", n, consumer.Steps, deepest, maker.Steps-made)
	}
}
