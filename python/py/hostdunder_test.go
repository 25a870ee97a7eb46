package py

import (
	"bytes"
	"testing"
)

// boxObj is a host value holding a list of ints; boxType gives it its special methods in Go.
type boxObj struct{ v []int64 }

func (*boxObj) Type() *Type { return boxType }

var boxType = func() *Type {
	t := NewType("Box", "hostbox", nil)
	box := func(o Object) *boxObj { return o.(*boxObj) }
	other := func(args []Object) (*boxObj, bool) {
		b, ok := args[0].(*boxObj)
		return b, ok
	}
	cmp := func(f func(a, b []int64) bool) MethodFunc {
		return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			o, ok := other(args)
			if !ok {
				return NotImplemented, nil
			}
			return NewBool(f(box(self).v, o.v)), nil
		}
	}
	sum := func(v []int64) (s int64) {
		for _, x := range v {
			s += x
		}
		return s
	}
	RegisterMethods(t, map[string]MethodFunc{
		"__repr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			r, err := t.Repr(box(self).items())
			return NewStr("Box(" + r + ")"), err
		},
		"__str__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return NewStr("box of " + intRepr(MakeInt(int64(len(box(self).v))))), nil
		},
		"__len__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return MakeInt(int64(len(box(self).v))), nil
		},
		"__bool__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return NewBool(sum(box(self).v) != 0), nil
		},
		"__eq__": cmp(func(a, b []int64) bool { return sum(a) == sum(b) }),
		"__lt__": cmp(func(a, b []int64) bool { return sum(a) < sum(b) }),
		"__hash__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return MakeInt(sum(box(self).v)), nil
		},
		"__iter__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return t.Iter(box(self).items())
		},
		"__contains__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			r, err := t.Contains(box(self).items(), args[0])
			return NewBool(r), err
		},
		"__getitem__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return t.GetItem(box(self).items(), args[0])
		},
		"__add__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			o, ok := other(args)
			if !ok {
				return NotImplemented, nil
			}
			return &boxObj{v: append(append([]int64(nil), box(self).v...), o.v...)}, nil
		},
		"__getattr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if s, _ := args[0].(*Str); s != nil && s.S == "total" {
				return MakeInt(sum(box(self).v)), nil
			}
			return nil, Errorf(AttributeErrorType, "no %v", args[0])
		},
		"__setattr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			n, err := t.ToInt64(args[1])
			box(self).v = append(box(self).v, n)
			return None, err
		},
		"__delattr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			b := box(self)
			b.v = b.v[:max(0, len(b.v)-1)]
			return None, nil
		},
	})
	return t
}()

func (b *boxObj) items() *List {
	l := make([]Object, len(b.v))
	for i, x := range b.v {
		l[i] = MakeInt(x)
	}
	return NewList(l)
}

// boxScript uses a Box every way a special method serves; boxClass is the same class written in Python.
const boxScript = `
a, b, e = Box(1, 2), Box(3), Box()
print(a, repr(a), [a, e], f"{a!r}", str(e))
print(len(a), bool(a), bool(e), not e, "yes" if a else "no")
print(a == b, a != b, a == Box(2, 1), a == 3, a < Box(5), Box(5) > a, sorted([Box(9), a, Box(4)]))
print(hash(a) == hash(b), {a: "x"}[b], len({a, b, Box(1, 1, 1)}))
print(list(a), [x * 2 for x in b], 2 in a, 7 in a, 7 not in a, a[0], a[-1], max(Box(4, 8)))
c = a + b
c.extra = 10
print(c, c.total)
del c.anything
print(c, a)
`

const boxClass = `
class Box:
    def __init__(self, *v): self.v = list(v)
    def __repr__(self): return "Box(" + repr(self.v) + ")"
    def __str__(self): return "box of " + repr(len(self.v))
    def __len__(self): return len(self.v)
    def __bool__(self): return sum(self.v) != 0
    def __eq__(self, o): return sum(self.v) == sum(o.v) if isinstance(o, Box) else NotImplemented
    def __lt__(self, o): return sum(self.v) < sum(o.v) if isinstance(o, Box) else NotImplemented
    def __hash__(self): return sum(self.v)
    def __iter__(self): return iter(self.v)
    def __contains__(self, x): return x in self.v
    def __getitem__(self, i): return self.v[i]
    def __add__(self, o): return Box(*self.v, *o.v) if isinstance(o, Box) else NotImplemented
    def __getattr__(self, name):
        if name == "total":
            return sum(self.v)
        raise AttributeError("no " + name)
    def __setattr__(self, name, value):
        if name == "v":
            object.__setattr__(self, name, value)
        else:
            self.v.append(value)
    def __delattr__(self, name): self.v.pop()
`

func runHostBox(t *testing.T, src string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	in.Builtins.SetStr("Box", NewBuiltin("Box", func(t *Thread, args []Object, kw []string) (Object, error) {
		b := &boxObj{}
		for _, a := range args {
			b.v = append(b.v, int64(a.(Int)))
		}
		return b, nil
	}))
	code, err := CompileSource("box.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in.SetSource("box.py", []byte(src))
	if _, err := in.NewThread().ExecModule("__main__", code); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	return out.String()
}

// TestHostDunders: a NewType class's special methods, written in Go, serve repr, str, truth, len,
// comparisons, hashing, iteration, in and subscripts exactly as the same methods written in Python do.
func TestHostDunders(t *testing.T) {
	host := runHostBox(t, boxScript)
	script := runHostBox(t, boxClass+boxScript)
	if host != script {
		t.Errorf("host class printed\n%s\nthe Python class printed\n%s", host, script)
	}
	want := "box of 2 Box([1, 2]) [Box([1, 2]), Box([])] Box([1, 2]) box of 0\n"
	if got := host[:len(want)]; got != want {
		t.Errorf("first line %q, want %q", got, want)
	}
}
