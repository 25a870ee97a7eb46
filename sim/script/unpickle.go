package script

import (
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// An unpickler builds pickled values in one process.
type unpickler struct {
	th    *thread
	ps    *proc
	memo  map[pk]py.Object
	depth int
}

// unpickle builds a pickled value in process ps.
func (ps *proc) unpickle(v pk) (py.Object, error) {
	u := &unpickler{th: ps.rt.cur(), ps: ps, memo: map[pk]py.Object{}}
	return u.value(v)
}

// unpickleExc rebuilds an exception pickled in another process.
func (ps *proc) unpickleExc(e *pkExc) *py.Exception {
	o, err := ps.unpickle(e)
	if err != nil {
		if x, ok := err.(*py.Exception); ok {
			return x
		}
		return py.Errorf(ps.cls.unpickling, "%v", err)
	}
	if x, ok := o.(*py.Exception); ok {
		return x
	}
	return py.Errorf(py.TypeErrorType, "exceptions must derive from BaseException")
}

func (u *unpickler) values(items []pk) ([]py.Object, error) {
	out := make([]py.Object, len(items))
	for i, x := range items {
		v, err := u.value(x)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (u *unpickler) value(v pk) (py.Object, error) {
	if o, ok := u.memo[v]; ok {
		return o, nil
	}
	if u.depth++; u.depth > maxPickleDepth {
		return nil, py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded while unpickling an object")
	}
	defer func() { u.depth-- }()
	t := u.th.pt
	switch x := v.(type) {
	case *pkValue:
		return x.v, nil
	case *pkSeq:
		if x.kind == 'l' {
			l := py.NewList(nil)
			u.memo[v] = l
			items, err := u.values(x.items)
			l.V = items
			return l, err
		}
		s := py.NewSet(x.kind == 'f')
		if x.kind == 's' {
			u.memo[v] = s // a set that holds itself fails to hash, not to end
		}
		items, err := u.values(x.items)
		if err != nil {
			return nil, err
		}
		if x.kind == 't' {
			return py.NewTuple(items), nil
		}
		for _, it := range items {
			if err := s.Add(t, it); err != nil {
				return nil, err
			}
		}
		return s, nil
	case *pkDict:
		return u.dict(x)
	case *pkGlobal:
		return u.global(x)
	case *pkMethod:
		self, err := u.value(x.self)
		if err != nil {
			return nil, err
		}
		return t.GetAttrString(self, x.name)
	case *pkInst:
		cls, err := u.class(x.cls)
		if err != nil {
			return nil, err
		}
		in := py.NewInstance(cls)
		u.memo[v] = in
		d, err := u.dict(x.dict)
		if err != nil {
			return nil, err
		}
		for _, kv := range d.Items() {
			if err := instDict(in).Set(t, kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		return in, nil
	case *pkReduce:
		return u.rebuild(v, x)
	case *pkShared:
		return u.ps.viewOf(x.ref), nil
	case *pkExc:
		cls, err := u.class(x.cls)
		if err != nil {
			return nil, err
		}
		args, err := u.values(x.args)
		if err != nil {
			return nil, err
		}
		o, err := t.Call(cls, args, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := o.(*py.Exception); ok {
			e.Args = py.NewTuple(args)
			if x.dict != nil {
				d, err := u.dict(x.dict)
				if err != nil {
					return nil, err
				}
				for _, kv := range d.Items() {
					if k, ok := kv[0].(*py.Str); ok {
						e.SetAttr(k.S, kv[1])
					}
				}
			}
		}
		return o, nil
	}
	return py.None, nil
}

func (u *unpickler) dict(x *pkDict) (*py.Dict, error) {
	if o, ok := u.memo[x]; ok {
		return o.(*py.Dict), nil
	}
	d := py.NewDict()
	u.memo[x] = d
	for i := range x.keys {
		k, err := u.value(x.keys[i])
		if err != nil {
			return nil, err
		}
		v, err := u.value(x.vals[i])
		if err != nil {
			return nil, err
		}
		if err := d.Set(u.th.pt, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (u *unpickler) class(g *pkGlobal) (*py.Type, error) {
	o, err := u.global(g)
	if err != nil {
		return nil, err
	}
	t, ok := o.(*py.Type)
	if !ok {
		return nil, py.Errorf(u.ps.cls.unpickling, "%s is not a class", g.name)
	}
	return t, nil
}

// global finds a function or class by module and qualified name, importing the module if need be.
func (u *unpickler) global(g *pkGlobal) (py.Object, error) {
	t := u.th.pt
	var mod py.Object
	switch g.module {
	case "__main__":
		m := u.ps.in.Modules["__mp_main__"]
		if m == nil {
			m = u.ps.in.Modules["__main__"]
		}
		if m == nil {
			return nil, py.Errorf(py.AttributeErrorType, "Can't get attribute '%s' on <module '__main__'>", g.name)
		}
		mod = m
	case "builtins":
		mod = &py.Module{Name: "builtins", Dict: u.ps.in.Builtins}
	default:
		m, err := t.Import(g.module)
		if err != nil && strings.HasPrefix(g.module, "_") {
			// a C accelerator module (_queue, _pickle) stands for the module it serves
			m, err = t.Import(g.module[1:])
		}
		if err != nil {
			return nil, err
		}
		mod = m
	}
	var o py.Object = mod
	for _, part := range strings.Split(g.name, ".") {
		v, err := t.GetAttrString(o, part)
		if err != nil {
			name := g.module
			if m, ok := mod.(*py.Module); ok {
				name = m.Name
			}
			return nil, py.Errorf(py.AttributeErrorType, "Can't get attribute '%s' on <module '%s' from '%s'>", g.name, name, u.ps.rt.opts.Filename)
		}
		o = v
	}
	return o, nil
}
