package script

import (
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// Objects that say how to pickle themselves: a class's __reduce_ex__ or __reduce__ (the callable and
// arguments that rebuild the object, and its state), or __getstate__ (the state an instance is
// rebuilt with, through __setstate__ or into its __dict__). Objects the simulator shares between
// processes (multiprocessing's queues and events, a Manager's proxies' tokens) pickle as a reference.

// pkReduce is an object rebuilt by calling fn(*args), or made as an empty instance of newCls, then
// given state.
type pkReduce struct {
	fn     pk
	args   []pk
	newCls *pkGlobal
	state  pk
}

func (p *pkReduce) typeName() string { return "object" }
func (p *pkReduce) writeRepr(b *strings.Builder, _ int) {
	b.WriteString("<reduced object>")
}

// A sharedObj is an object of the simulator that processes share (it lives outside every
// interpreter): pickling sends a reference to it. shareable returns an error when pickle refuses it
// (a multiprocessing.Queue outside of a process's start: "Queue objects should only be shared
// between processes through inheritance").
type sharedObj interface {
	py.Object
	shared() any
	shareable(inherit bool) error
}

// A sharedRef is what a sharedObj becomes in another process.
type sharedRef interface {
	// view returns the object's Python face in process ps.
	view(ps *proc) py.Object
	// key identifies the shared object: a process has one view per key.
	key() any
}

// pkShared is a reference to a shared object.
type pkShared struct{ ref sharedRef }

func (p *pkShared) typeName() string                    { return "object" }
func (p *pkShared) writeRepr(b *strings.Builder, _ int) { b.WriteString("<shared object>") }

type viewsKey struct{}

// viewOf returns the one view of ref's object in process ps, making it on first use.
func (ps *proc) viewOf(ref sharedRef) py.Object {
	views, _ := ps.p.Value(viewsKey{}).(map[any]py.Object)
	if views == nil {
		views = map[any]py.Object{}
		ps.p.SetValue(viewsKey{}, views)
	}
	if v, ok := views[ref.key()]; ok {
		if a, ok := ref.(interface{ again() }); ok {
			a.again()
		}
		return v
	}
	v := ref.view(ps)
	views[ref.key()] = v
	return v
}

// reducer returns the object's own __reduce_ex__, __reduce__ or __getstate__ method's name, if
// its class defines one.
func reducer(o py.Object) string {
	t := o.Type()
	for _, name := range []string{"__reduce_ex__", "__reduce__", "__getstate__"} {
		if m := t.Lookup(name); m != nil && py.ObjectType.Lookup(name) != m {
			return name
		}
	}
	return ""
}

// pt is the interpreter thread that runs the Python code pickling calls (__reduce__, __getstate__):
// the running thread's, or, in a simulator thread that has none (a process pool's manager, which
// pickles the calls on their way to the workers as CPython's queue feeder thread does), one made for
// it, kept apart from the script's threads.
func (p *pickler) pt() *py.Thread {
	if p.th == nil {
		rt := p.ps.rt
		st := rt.k.Current()
		if p.th = rt.helpers[st]; p.th == nil {
			p.th = rt.newThread(st.Context(), st, p.ps)
			rt.helpers[st] = p.th
		}
	}
	return p.th.pt
}

// reduce pickles o through its class's name method.
func (p *pickler) reduce(o py.Object, name string) (pk, error) {
	t := p.pt()
	var args []py.Object
	if name == "__reduce_ex__" {
		args = []py.Object{py.MakeInt(4)}
	}
	r, err := t.CallMethod(o, name, args...)
	if err != nil {
		return nil, err
	}
	out := &pkReduce{}
	p.memo[o] = out
	if name == "__getstate__" {
		cls, err := p.class(o.Type())
		if err != nil {
			return nil, err
		}
		out.newCls = cls.(*pkGlobal)
		out.state, err = p.value(r)
		return out, err
	}
	if s, ok := r.(*py.Str); ok {
		return p.global(o, s.S)
	}
	tup, ok := r.(*py.Tuple)
	if !ok || len(tup.V) < 2 || len(tup.V) > 6 {
		if ok {
			return nil, py.Errorf(p.ps.cls.pickling, "tuple returned by %s must contain 2 through 6 elements", name)
		}
		return nil, py.Errorf(p.ps.cls.pickling, "%s must return string or tuple", name)
	}
	argt, ok := tup.V[1].(*py.Tuple)
	if !ok {
		return nil, py.Errorf(p.ps.cls.pickling, "second item of the tuple returned by %s must be a tuple", name)
	}
	if !isCallable(tup.V[0]) {
		return nil, py.Errorf(p.ps.cls.pickling, "first item of the tuple returned by %s must be callable", name)
	}
	if out.fn, err = p.value(tup.V[0]); err != nil {
		return nil, err
	}
	if out.args, err = p.values(argt.V); err != nil {
		return nil, err
	}
	if len(tup.V) > 2 && tup.V[2] != py.None {
		if out.state, err = p.value(tup.V[2]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// global pickles o as the module-level name its __reduce__ returned.
func (p *pickler) global(o py.Object, name string) (pk, error) {
	mod := "__main__"
	if m, err := p.pt().GetAttrString(o, "__module__"); err == nil {
		if s, ok := m.(*py.Str); ok {
			mod = mainName(s.S)
		}
	}
	return &pkGlobal{module: mod, name: name}, nil
}

// shared pickles a shared object as a reference.
func (p *pickler) shared(s sharedObj) (pk, error) {
	if err := s.shareable(p.inherit); err != nil {
		return nil, err
	}
	ref, ok := s.shared().(sharedRef)
	if !ok {
		return nil, p.refuse(s.Type().Name)
	}
	return &pkShared{ref: ref}, nil
}

// rebuild unpickles a reduced object.
func (u *unpickler) rebuild(v pk, x *pkReduce) (py.Object, error) {
	t := u.th.pt
	var o py.Object
	if x.newCls != nil {
		cls, err := u.class(x.newCls)
		if err != nil {
			return nil, err
		}
		o = py.NewInstance(cls)
	} else {
		fn, err := u.value(x.fn)
		if err != nil {
			return nil, err
		}
		args, err := u.values(x.args)
		if err != nil {
			return nil, err
		}
		if o, err = t.Call(fn, args, nil); err != nil {
			return nil, err
		}
	}
	u.memo[v] = o
	if x.state == nil {
		return o, nil
	}
	state, err := u.value(x.state)
	if err != nil {
		return nil, err
	}
	if o.Type().Lookup("__setstate__") != nil {
		_, err := t.CallMethod(o, "__setstate__", state)
		return o, err
	}
	d, ok := state.(*py.Dict)
	if !ok {
		return nil, py.Errorf(u.ps.cls.unpickling, "state is not a dictionary")
	}
	for _, kv := range d.Items() {
		if in, isInst := o.(*py.Instance); isInst {
			if err := instDict(in).Set(t, kv[0], kv[1]); err != nil {
				return nil, err
			}
			continue
		}
		name, ok := kv[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "attribute name must be string, not '%s'", kv[0].Type().Name)
		}
		if err := t.SetAttr(o, name, kv[1]); err != nil {
			return nil, err
		}
	}
	return o, nil
}
