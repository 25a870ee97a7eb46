package py

// callType implements calling a class: __new__ then __init__.
func (t *Thread) callType(cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	if meta := cls.Type(); meta != TypeType && !cls.builtin {
		if m := meta.Lookup("__call__"); m != nil {
			if _, isFn := m.(*Function); isFn {
				return t.callDescr(m, cls, args, kwnames...)
			}
		}
	}
	return t.constructInstance(cls, args, kwnames)
}

// constructInstance is type.__call__: __new__ then __init__.
func (t *Thread) constructInstance(cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	var obj Object
	var err error
	newAttr := cls.Lookup("__new__")
	switch n := newAttr.(type) {
	case *StaticMethod:
		obj, err = t.Call(n.Fn, prepend(cls, args), kwnames)
	case *Function:
		obj, err = t.Call(n, prepend(cls, args), kwnames)
	default:
		newFn := cls.newSlot()
		if newFn == nil {
			return nil, Errorf(TypeErrorType, "cannot create '%s' instances", cls.Name)
		}
		if cls.hostKeeps() {
			t.Interp.keepAll(args)
		}
		obj, err = newFn(t, cls, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	if cls == TypeType {
		return obj, nil
	}
	init := cls.Lookup("__init__")
	switch i := init.(type) {
	case *Function:
		r, err := t.callDescr(i, obj, args, kwnames...)
		if err != nil {
			return nil, err
		}
		if r != None {
			return nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
		}
	case *MethodDescr:
		if i.Owner == ObjectType {
			if is := cls.initSlot(); is != nil {
				if err := is(t, obj, args, kwnames); err != nil {
					return nil, err
				}
			}
			break
		}
		if i.Owner != nil && i.Owner.HostKeeps {
			t.Interp.keepAll(args)
		}
		if _, err := i.Fn(t, obj, args, kwnames); err != nil {
			return nil, err
		}
	case nil:
		if is := cls.initSlot(); is != nil {
			if err := is(t, obj, args, kwnames); err != nil {
				return nil, err
			}
		}
	default:
		if _, err := t.callDescr(init, obj, args, kwnames...); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func prepend(x Object, args []Object) []Object {
	all := make([]Object, len(args)+1)
	all[0] = x
	copy(all[1:], args)
	return all
}

// objectNew is object.__new__: an empty instance of cls.
func objectNew(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) > 0 {
		_, userInit := cls.Lookup("__init__").(*Function)
		_, userNew := cls.Lookup("__new__").(*Function)
		if sm, ok := cls.Lookup("__new__").(*StaticMethod); ok && sm != nil {
			userNew = true
		}
		if !userInit || userNew {
			if userNew {
				return nil, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			return nil, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	if cls.builtin && cls != ObjectType {
		return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	return NewInstance(cls), nil
}

// buildClass implements __build_class__(func, name, *bases, **kwds).
func buildClass(t *Thread, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name := args[1].(*Str).S
	var bases []*Type
	for _, b := range args[2:npos] {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bt)
	}
	var meta *Type
	var extraNames []string
	var extraVals []Object
	for i, k := range kwnames {
		v := args[npos+i]
		if k == "metaclass" {
			m, ok := v.(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "metaclass must be a type")
			}
			meta = m
			continue
		}
		extraNames = append(extraNames, k)
		extraVals = append(extraVals, v)
	}
	if meta == nil {
		meta = TypeType
		for _, b := range bases {
			if bm := b.Type(); bm.IsSubtype(meta) {
				meta = bm
			}
		}
	}
	ns := NewDict()
	if err := t.enter(); err != nil {
		return nil, err
	}
	f := t.newFrame(fn.Code, fn, fn.Globals, true)
	f.locals = ns
	r, err := t.eval(f, nil)
	t.depth--
	if err != nil {
		return nil, err
	}
	baseObjs := make([]Object, len(bases))
	for i, b := range bases {
		baseObjs[i] = b
	}
	var cls Object
	if meta == TypeType {
		cls, err = t.newClass(TypeType, name, bases, ns, extraNames, extraVals)
	} else {
		cargs := append([]Object{NewStr(name), NewTuple(baseObjs), ns}, extraVals...)
		cls, err = t.Call(meta, cargs, extraNames)
	}
	if err != nil {
		return nil, err
	}
	if cell, ok := r.(*Cell); ok {
		cell.V = cls
	}
	return cls, nil
}

var buildClassBuiltin *Builtin

func init() { buildClassBuiltin = NewBuiltin("__build_class__", buildClass) }

// newClass creates a class (type.__new__(meta, name, bases, ns)).
func (t *Thread) newClass(meta *Type, name string, bases []*Type, ns *Dict, kwNames []string, kwVals []Object) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.final {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	seen := map[*Type]bool{}
	for _, b := range bases {
		if seen[b] {
			return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
		}
		seen[b] = true
	}
	cls := &Type{Name: name, Dict: map[string]Object{}, Bases: bases}
	if meta != TypeType {
		cls.Meta = meta
	}
	mro, err := c3(cls)
	if err != nil {
		return nil, Errorf(TypeErrorType, "%s", err.Error())
	}
	cls.MRO = mro
	for _, kv := range ns.Items() {
		k, ok := kv[0].(*Str)
		if !ok {
			continue
		}
		v := kv[1]
		switch k.S {
		case "__module__":
			if s, ok := v.(*Str); ok {
				cls.Module = s.S
			}
		case "__qualname__":
			if s, ok := v.(*Str); ok {
				cls.Qual = s.S
			}
			continue
		case "__doc__":
			if s, ok := v.(*Str); ok {
				cls.Doc = s.S
			}
		case "__classcell__":
			continue
		case "__new__":
			if f, ok := v.(*Function); ok {
				v = &StaticMethod{Fn: f}
			}
		case "__init_subclass__", "__class_getitem__":
			if f, ok := v.(*Function); ok {
				v = &ClassMethod{Fn: f}
			}
		}
		cls.SetAttr(k.S, v)
	}
	if sl, ok := cls.Dict["__slots__"]; ok {
		var names []string
		if s, ok := sl.(*Str); ok {
			names = []string{s.S}
		} else if items, err := t.iterToSlice(sl); err == nil {
			for _, it := range items {
				if s, ok := it.(*Str); ok {
					names = append(names, s.S)
				}
			}
		}
		cls.slots = names
		cls.noDict = true
		for _, n := range names {
			if n == "__dict__" {
				cls.noDict = false
			}
		}
		for _, b := range bases {
			// Instances of built-in types have no __dict__, but exceptions'.
			if b != ObjectType && !b.noDict && (!b.builtin || b.IsSubtype(BaseExceptionType)) {
				cls.noDict = false
			}
		}
	}
	if _, ok := cls.Dict["__eq__"]; ok {
		if _, ok := cls.Dict["__hash__"]; !ok {
			cls.SetAttr("__hash__", None)
		}
	}
	cls.userDunders = true
	cls.cache = map[string]Object{}
	for _, b := range bases {
		if b.cache != nil {
			b.subclasses = append(b.subclasses, cls)
		}
	}
	// __set_name__ on descriptors, then the parent's __init_subclass__.
	for _, k := range cls.Keys {
		v := cls.Dict[k]
		if _, ok := v.(*Instance); ok {
			if m := v.Type().Lookup("__set_name__"); m != nil {
				if _, err := t.callDescr(m, v, []Object{cls, NewStr(k)}); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(cls.MRO) > 1 {
		for _, c := range cls.MRO[1:] {
			if m, ok := c.Dict["__init_subclass__"]; ok {
				if cm, ok := m.(*ClassMethod); ok {
					if _, err := t.Call(cm.Fn, prepend(cls, kwVals), kwNames); err != nil {
						return nil, err
					}
				}
				break
			}
		}
	}
	return cls, nil
}

// typeNew is type.__new__ (and the 3-argument type()).
func typeNew(t *Thread, meta *Type, args []Object, kwnames []string) (Object, error) {
	n := len(args) - len(kwnames)
	if n == 1 && meta == TypeType {
		return args[0].Type(), nil
	}
	if n != 3 {
		return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	var bases []*Type
	for _, b := range bt.V {
		x, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, x)
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		if f := t.frame; f != nil {
			if m, ok := f.globals.GetStr("__name__"); ok {
				ns = ns.Copy()
				ns.SetStr("__module__", m)
			}
		}
	}
	return t.newClass(meta, name.S, bases, ns, kwnames, args[n:])
}

// superNew implements super() and super(type, obj).
func superNew(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	var start *Type
	var obj Object
	switch len(args) {
	case 0:
		f := t.frame
		if f == nil || f.code.ArgCount == 0 {
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		found := false
		for i, n := range f.code.FreeVars {
			if n == "__class__" {
				c := f.cells[len(f.code.CellVars)+i].V
				if c == nil {
					return nil, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
				}
				start, _ = c.(*Type)
				found = true
			}
		}
		if !found {
			return nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
		}
		obj = f.fast[0]
		for i, a := range f.code.Cell2Arg {
			if a == 0 {
				obj = f.cells[i].V
			}
		}
		if obj == nil {
			return nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
	case 1, 2:
		s, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		start = s
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return nil, Errorf(TypeErrorType, "super() takes at most 2 arguments")
	}
	sup := &Super{Start: start, Obj: obj}
	if obj != nil {
		if ot, ok := obj.(*Type); ok && ot.IsSubtype(start) {
			sup.ObjT = ot
			sup.classLevel = true
		} else if obj.Type().IsSubtype(start) {
			sup.ObjT = obj.Type()
		} else {
			return nil, Errorf(TypeErrorType, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).", obj.Type().Name, start.Name)
		}
	}
	return sup, nil
}

func (t *Thread) superGetAttr(s *Super, name *Str) (Object, error) {
	if s.ObjT != nil && name.S != "__class__" {
		mro := s.ObjT.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Start {
			i++
		}
		for _, c := range mro[min(i+1, len(mro)):] {
			v, ok := c.Dict[name.S]
			if !ok {
				continue
			}
			if name.S == "__new__" {
				if sm, ok := v.(*StaticMethod); ok {
					return sm.Fn, nil
				}
				return v, nil
			}
			if md, ok := v.(*MethodDescr); ok && name.S == "__init_subclass__" {
				self := s.Obj
				if !s.classLevel {
					self = s.ObjT
				}
				return &Builtin{Name: md.Name, Self: self, method: md.Fn}, nil
			}
			if s.classLevel {
				switch a := v.(type) {
				case *ClassMethod:
					return &BoundMethod{Fn: a.Fn, Self: s.Obj}, nil
				case *StaticMethod:
					return a.Fn, nil
				}
				return v, nil
			}
			if cm, ok := v.(*ClassMethod); ok {
				return &BoundMethod{Fn: cm.Fn, Self: s.ObjT}, nil
			}
			return t.bindDescr(v, s.Obj)
		}
	}
	if v, ok := t.specialAttr(s, name.S); ok {
		return v, nil
	}
	return nil, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name.S)
}
