package py

// Traverser is an object that can name every object it references, as CPython's tp_traverse does.
// The interpreter proves a dropped generator unreachable by marking from the roots (finalize.go);
// an object met on the way that is neither one of the interpreter's own types nor a Traverser
// makes the proof fail, so the generator is kept: a type that cannot say what it holds never
// causes a live generator to be closed.
//
// Traverse calls visit with each object o references (in any order, duplicates allowed) and reports
// whether it could: false fails the proof.
type Traverser interface {
	Traverse(visit func(Object)) bool
}

// traverse calls visit with the objects o references and reports whether it knows them all.
func traverse(o Object, visit func(Object)) bool {
	switch x := o.(type) {
	case Int, Float, Bool, NoneType, NotImplementedType, EllipsisType, *Str, *Bytes, *BigInt, *Complex,
		*Range, *bigRange, *rangeIter, *CodeObject, *StreamFile, nanKey, dummyKey:
		return true
	case *List:
		visitAll(x.V, visit)
		visitSub(&x.sub, visit)
	case *Tuple:
		visitAll(x.V, visit)
		if x.sub != nil {
			visitSub(x.sub, visit)
		}
	case *Dict:
		x.traverse(visit)
	case *Set:
		for _, e := range x.table {
			if e.key != nil && e.key != setDummy {
				visit(e.key)
			}
		}
		visitSub(&x.sub, visit)
	case *ByteArray:
		visitType(x.cls, visit)
	case *IntSub:
		visit(x.V)
		visitSub(&x.sub, visit)
	case *FloatSub:
		visitSub(&x.sub, visit)
	case *Slice:
		visitAll([]Object{x.Start, x.Stop, x.Step}, visit)
	case *Instance:
		visit(x.typ)
		visitDict(x.Dict, visit)
		if x.host != nil {
			if h, ok := x.host.(Traverser); ok {
				return h.Traverse(visit)
			}
			// The host's value holds only what the host kept (Type.HostKeeps).
			return x.typ.hostKeeps()
		}
	case *Type:
		x.traverse(visit)
	case *Function:
		visitDict(x.Globals, visit)
		visitAll(x.Defaults, visit)
		visitDict(x.KwDefaults, visit)
		for _, c := range x.Closure {
			visit(c)
		}
		visitDict(x.Dict, visit)
		visitAll([]Object{x.Doc, x.Module}, visit)
		visitDict(x.Annotations, visit)
	case *Cell:
		if x.V != nil {
			visit(x.V)
		}
	case *BoundMethod:
		visitAll([]Object{x.Fn, x.Self}, visit)
	case *Builtin:
		// A built-in's Go function holds no script objects (those made at run time bind Self).
		if x.Self != nil {
			visit(x.Self)
		}
	case *MethodDescr:
		visitType(x.Owner, visit)
	case *Property:
		visitAll([]Object{x.Get, x.Set, x.Del, x.Doc}, visit)
	case *StaticMethod:
		visit(x.Fn)
	case *ClassMethod:
		visit(x.Fn)
	case *Module:
		visitDict(x.Dict, visit)
	case *Super:
		visitType(x.Start, visit)
		visitType(x.ObjT, visit)
		if x.Obj != nil {
			visit(x.Obj)
		}
	case *Exception:
		x.traverse(visit)
	case *Generator:
		x.traverse(visit)
	case *listIter:
		visit(x.l)
	case *tupleIter:
		visitAll(x.v, visit)
	case *strIter:
		visit(x.s)
	case *seqIter:
		if x.o != nil { // nil once exhausted
			visit(x.o)
		}
	case *dictIter:
		if x.d != nil { // nil once exhausted
			visit(x.d)
		}
	case *DictView:
		visit(x.D)
	case *setIter:
		if x.s != nil { // nil once exhausted
			visit(x.s)
		}
	case *MappingProxy:
		visit(x.D)
	case *UnionType:
		visitAll(x.Args, visit)
	case *GenericAlias:
		visitType(x.Origin, visit)
		visitAll(x.Args, visit)
	case *Traceback:
		return true // code and positions only
	case *FrameObject:
		visitDict(x.globals, visit)
		visitDict(x.locals, visit)
		if x.live != nil {
			x.live.traverse(visit)
		}
		if x.inl != nil {
			x.inl.traverse(visit)
		}
		if x.back != nil {
			visit(x.back)
		}
	case *GoIter:
		if x.Refs == nil {
			// A host's iterator holds only what the host kept; another is a Go closure that cannot say.
			return x.T != nil && x.T.hostKeeps()
		}
		return x.Refs(visit)
	case Traverser:
		return x.Traverse(visit)
	default:
		// An object of a host's class holds only what the host kept (Type.HostKeeps).
		return o.Type().hostKeeps()
	}
	return true
}

func visitAll(v []Object, visit func(Object)) {
	for _, o := range v {
		if o != nil {
			visit(o)
		}
	}
}

func visitDict(d *Dict, visit func(Object)) {
	if d != nil {
		visit(d)
	}
}

func visitType(t *Type, visit func(Object)) {
	if t != nil {
		visit(t)
	}
}

func visitSub(s *subclass, visit func(Object)) {
	visitType(s.cls, visit)
	visitDict(s.attrs, visit)
}

// traverse visits the dict's keys and values, in order.
func (d *Dict) traverse(visit func(Object)) {
	for _, e := range d.entries {
		if e.key != nil {
			visit(e.key)
			if e.value != nil {
				visit(e.value)
			}
		}
	}
	visitSub(&d.sub, visit)
}

// traverse visits a class's namespace, bases and metaclass; a built-in type's frozen namespace holds
// only built-ins, and is skipped.
func (t *Type) traverse(visit func(Object)) {
	if !t.builtin {
		// Reachability does not depend on the order of visits: the map's order is harmless.
		for _, v := range t.Dict {
			if v != nil {
				visit(v)
			}
		}
	}
	for _, b := range t.Bases {
		visit(b)
	}
	for _, b := range t.MRO {
		visit(b)
	}
	visitType(t.Meta, visit)
}

// traverse visits an exception's arguments, chain and attributes.
func (e *Exception) traverse(visit func(Object)) {
	visit(e.typ)
	if e.Args != nil {
		visit(e.Args)
	}
	visitAll([]Object{e.Cause, e.Context}, visit)
	visitDict(e.Dict, visit)
	visitAll(e.held, visit)
}

// traverse visits what a generator's suspended frame holds; a finished generator holds nothing, as
// CPython clears a frame when it completes.
func (g *Generator) traverse(visit func(Object)) {
	if g.fn != nil {
		visit(g.fn)
	}
	if g.exc != nil {
		visit(g.exc)
	}
	if !g.finished {
		g.f.traverse(visit)
	}
}

// traverse visits a frame's locals, cells, value stack and namespaces; the whole stack array is
// visited (slots above the top are nil or stale, which can only keep more objects).
func (f *Frame) traverse(visit func(Object)) {
	visitAll(f.fast, visit)
	visitAll(f.stack, visit)
	for _, c := range f.cells {
		if c != nil {
			visit(c)
		}
	}
	visitDict(f.locals, visit)
	visitDict(f.globals, visit)
	if f.fn != nil {
		visit(f.fn)
	}
	for _, b := range f.blocks {
		if b.prev != nil {
			visit(b.prev)
		}
	}
}
