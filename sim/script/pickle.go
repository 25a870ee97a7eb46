package script

import (
	"sort"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// Values cross between processes (separate interpreters) as pickle carries them: pickling turns a
// value of one interpreter into a pk, a tree that belongs to no interpreter, and unpickling builds
// the value again in another. Data is copied (shared and self-containing containers keep their
// shape); functions and classes travel by module and qualified name; instances of module-level classes
// with their __dict__; exceptions with their class and args. What pickle refuses is refused with
// CPython 3.13's error.

// A pickler pickles values of one process.
type pickler struct {
	th   *thread
	ps   *proc
	memo map[py.Object]pk
	// inherit is set while a process starts: what it inherits may be pickled (multiprocessing's
	// queues and events).
	inherit bool
	depth   int
}

// maxPickleDepth is how deep a value may nest to be pickled or unpickled: CPython's recursion limit.
const maxPickleDepth = 1000

// pickle pickles a value of process ps.
func (ps *proc) pickle(o py.Object) (pk, error) {
	p := &pickler{th: ps.rt.cur(), ps: ps, memo: map[py.Object]pk{}}
	return p.value(o)
}

// pickleInherit pickles what a starting process inherits from process ps.
func (ps *proc) pickleInherit(o py.Object) (pk, error) {
	p := &pickler{th: ps.rt.cur(), ps: ps, memo: map[py.Object]pk{}, inherit: true}
	return p.value(o)
}

func (p *pickler) refuse(name string) error {
	return py.Errorf(py.TypeErrorType, "cannot pickle '%s' object", name)
}

func (p *pickler) values(items []py.Object) ([]pk, error) {
	out := make([]pk, len(items))
	for i, x := range items {
		v, err := p.value(x)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (p *pickler) value(o py.Object) (pk, error) {
	switch o.(type) {
	case py.NoneType, py.Bool, py.Int, *py.BigInt, py.Float, *py.Str, *py.Bytes, *py.Complex, py.EllipsisType:
		return &pkValue{o}, nil
	}
	if v, ok := p.memo[o]; ok {
		return v, nil
	}
	if p.depth++; p.depth > maxPickleDepth {
		return nil, py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded while pickling an object")
	}
	defer func() { p.depth-- }()
	switch x := o.(type) {
	case *py.Tuple:
		items, err := p.values(x.V)
		if err != nil {
			return nil, err
		}
		return &pkSeq{kind: 't', items: items}, nil
	case *py.List:
		s := &pkSeq{kind: 'l'}
		p.memo[o] = s
		items, err := p.values(x.V)
		s.items = items
		return s, err
	case *py.Set:
		kind := byte('s')
		if x.Type() == py.FrozenSetType {
			kind = 'f'
		}
		items, err := p.values(x.Items())
		return &pkSeq{kind: kind, items: items}, err
	case *py.Dict:
		return p.dict(x)
	case *py.Range:
		return &pkReduce{fn: &pkGlobal{module: "builtins", name: "range"}, args: []pk{
			&pkValue{py.MakeInt(x.Start)}, &pkValue{py.MakeInt(x.Stop)}, &pkValue{py.MakeInt(x.Step)}}}, nil
	case *py.Slice:
		items, err := p.values([]py.Object{x.Start, x.Stop, x.Step})
		return &pkReduce{fn: &pkGlobal{module: "builtins", name: "slice"}, args: items}, err
	case *py.Function:
		return p.function(x)
	case *py.Builtin:
		if x.Self != nil {
			if _, isMod := x.Self.(*py.Module); !isMod {
				self, err := p.value(x.Self)
				return &pkMethod{self: self, name: x.Name}, err
			}
		}
		return p.builtin(x)
	case *py.BoundMethod:
		self, err := p.value(x.Self)
		return &pkMethod{self: self, name: callableName(x.Fn)}, err
	case *py.Type:
		return p.class(x)
	case *py.Exception:
		cls, err := p.class(x.Type())
		if err != nil {
			return nil, err
		}
		args, err := p.values(x.Args.V)
		if err != nil {
			return nil, err
		}
		e := &pkExc{cls: cls.(*pkGlobal), args: args}
		if x.Dict != nil && x.Dict.Len() > 0 {
			if e.dict, err = p.dict(x.Dict); err != nil {
				return nil, err
			}
		}
		return e, nil
	case sharedObj:
		return p.shared(x)
	case *py.Instance:
		if name := reducer(x); name != "" {
			return p.reduce(x, name)
		}
		if simFuture(x) != nil {
			return nil, p.refuse("_thread.RLock")
		}
		if _, ok := p.ps.threads[x]; ok {
			return nil, p.refuse("_thread.lock")
		}
		cls, err := p.class(x.Type())
		if err != nil {
			return nil, err
		}
		in := &pkInst{cls: cls.(*pkGlobal)}
		p.memo[o] = in
		in.dict, err = p.dict(instDict(x))
		return in, err
	case *lockObj:
		if x.rlock {
			return nil, p.refuse("_thread.RLock")
		}
		return nil, p.refuse("_thread.lock")
	case *eventObj, *execObj:
		return nil, p.refuse("_thread.lock")
	case *condObj:
		return nil, p.refuse("_thread.RLock")
	}
	if name := reducer(o); name != "" {
		return p.reduce(o, name)
	}
	return nil, p.refuse(o.Type().Name)
}

func (p *pickler) dict(d *py.Dict) (*pkDict, error) {
	if v, ok := p.memo[d]; ok {
		return v.(*pkDict), nil
	}
	out := &pkDict{}
	p.memo[d] = out
	for _, kv := range d.Items() {
		k, err := p.value(kv[0])
		if err != nil {
			return nil, err
		}
		v, err := p.value(kv[1])
		if err != nil {
			return nil, err
		}
		out.keys = append(out.keys, k)
		out.vals = append(out.vals, v)
	}
	return out, nil
}

// mainName is the module name pickle records for the script's own module: a worker's __mp_main__ is
// __main__ as well (spawn makes it so).
func mainName(m string) string {
	if m == "__mp_main__" {
		return "__main__"
	}
	return m
}

func (p *pickler) function(fn *py.Function) (pk, error) {
	mod := "__main__"
	if s, ok := fn.Globals.GetStr("__name__"); ok {
		if n, ok := s.(*py.Str); ok {
			mod = mainName(n.S)
		}
	}
	if fn.Name == "<lambda>" {
		return nil, py.Errorf(p.ps.cls.pickling, "Can't pickle <function <lambda> at %#x>: attribute lookup <lambda> on %s failed", p.ps.in.ID(fn), mod)
	}
	if strings.Contains(fn.QualName, "<locals>") {
		return nil, py.Errorf(py.AttributeErrorType, "Can't get local object '%s'", fn.QualName)
	}
	if g, ok := fn.Globals.GetStr(fn.QualName); !ok || g != fn {
		return nil, py.Errorf(p.ps.cls.pickling, "Can't pickle <function %s at %#x>: it's not the same object as %s.%s", fn.QualName, p.ps.in.ID(fn), mod, fn.QualName)
	}
	return &pkGlobal{module: mod, name: fn.QualName}, nil
}

func (p *pickler) builtin(b *py.Builtin) (pk, error) {
	if p.ps.in.Builtins != nil {
		if v, ok := p.ps.in.Builtins.GetStr(b.Name); ok && v == b {
			return &pkGlobal{module: "builtins", name: b.Name}, nil
		}
	}
	for _, name := range sortedModules(p.ps.in) {
		if v, ok := p.ps.in.Modules[name].Dict.GetStr(b.Name); ok && v == b {
			return &pkGlobal{module: mainName(name), name: b.Name}, nil
		}
	}
	return nil, py.Errorf(p.ps.cls.pickling, "Can't pickle <built-in function %s>: attribute lookup %s failed", b.Name, b.Name)
}

func (p *pickler) class(t *py.Type) (pk, error) {
	q := t.Qual
	if q == "" {
		q = t.Name
	}
	mod := mainName(t.Module)
	if mod == "" {
		mod = "builtins"
	}
	if strings.Contains(q, "<locals>") {
		return nil, py.Errorf(py.AttributeErrorType, "Can't get local object '%s'", q)
	}
	return &pkGlobal{module: mod, name: q}, nil
}

func sortedModules(in *py.Interp) []string {
	names := make([]string, 0, len(in.Modules))
	for n := range in.Modules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// pickleExc pickles an exception raised in process ps, to be rebuilt in another; nil if it cannot
// be pickled (the other side then rebuilds it from its class and message).
func (ps *proc) pickleExc(e *py.Exception) *pkExc {
	v, err := ps.pickle(e)
	if err != nil {
		return nil
	}
	pe, _ := v.(*pkExc)
	return pe
}
