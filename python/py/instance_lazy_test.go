package py

import (
	"io"
	"testing"
)

// TestBareInstanceDict: an instance from NewBareInstance makes its __dict__ only when an attribute is
// set (by the interpreter, setattr or object.__setattr__) or __dict__ is asked for, and behaves
// before and after as one with a dict: missing attributes raise AttributeError, vars() and dir()
// see the attributes in the order they were set, del removes them.
func TestBareInstanceDict(t *testing.T) {
	in := NewInterp(io.Discard, io.Discard)
	th := in.NewThread()
	src := "def touch(o):\n" +
		"    out = [hasattr(o, 'x'), len(vars(o))]\n" +
		"    o.b = 1\n" +
		"    setattr(o, 'a', 2)\n" +
		"    object.__setattr__(o, 'c', 3)\n" +
		"    out.append(list(vars(o)))\n" +
		"    del o.b\n" +
		"    out.append(list(o.__dict__.items()))\n" +
		"    out.append([n for n in dir(o) if len(n) == 1])\n" +
		"    try:\n" +
		"        del o.zz\n" +
		"    except AttributeError as e:\n" +
		"        out.append(str(e))\n" +
		"    return repr(out)\n"
	code, err := CompileSource("lazy.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m, err := th.ExecModule("__main__", code)
	if err != nil {
		t.Fatal(err)
	}
	touch, _ := m.Dict.GetStr("touch")
	cls := NewType("Thing", "__main__", ObjectType)
	o := NewBareInstance(cls)
	if o.Dict != nil {
		t.Fatal("a bare instance has a dict before any attribute is set")
	}
	if _, err := th.GetAttrString(o, "x"); err == nil {
		t.Error("o.x on a bare instance: no AttributeError")
	}
	r, err := th.Call(touch, []Object{o}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `[False, 0, ['b', 'a', 'c'], [('a', 2), ('c', 3)], ['a', 'c'], "'Thing' object has no attribute 'zz'"]`
	if got := r.(*Str).S; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	plain, err := th.Call(touch, []Object{NewInstance(cls)}, nil)
	if err != nil || plain.(*Str).S != want {
		t.Errorf("an instance with a dict: %v %v", plain, err)
	}
	if o.Dict == nil || o.Dict.Len() != 2 {
		t.Errorf("after setting attributes the instance's dict is %v", o.Dict)
	}
}

// TestInstanceIDKeptOnInstance: an instance's id() is kept on it, not in the interpreter's map, stays
// the same while it lives, and ids are handed out in the order objects are first asked about.
func TestInstanceIDKeptOnInstance(t *testing.T) {
	in := NewInterp(io.Discard, io.Discard)
	cls := NewType("Thing", "__main__", ObjectType)
	a, b := NewBareInstance(cls), NewInstance(cls)
	s := NewStr("s")
	ida, ids, idb := in.ID(a), in.ID(s), in.ID(b)
	if ida == ids || ids == idb || ida == idb || in.ID(a) != ida || in.ID(b) != idb || in.ID(s) != ids {
		t.Errorf("ids %#x %#x %#x, again %#x %#x %#x", ida, ids, idb, in.ID(a), in.ID(s), in.ID(b))
	}
	if ids != ida+0x30 || idb != ids+0x30 {
		t.Errorf("ids not in the order asked: %#x %#x %#x", ida, ids, idb)
	}
	if _, inMap := in.ids[a]; inMap {
		t.Error("the interpreter's id map holds an instance")
	}
	if a.Host() != nil {
		t.Error("a new instance has a host value")
	}
	a.SetHost(42)
	if a.Host() != 42 {
		t.Errorf("Host() = %v after SetHost(42)", a.Host())
	}
}
