package py

// specialAttr returns attributes that live in Go fields rather than dicts.
func (t *Thread) specialAttr(o Object, name string) (Object, bool) {
	if name == "__class__" {
		return o.Type(), true
	}
	switch x := o.(type) {
	case *Instance:
		if name == "__dict__" && !x.typ.noDict {
			return x.dict(), true
		}
	case *List, *Dict, *Set:
		if s := subOf(o); s != nil && name == "__dict__" {
			if s.attrs == nil {
				s.attrs = NewDict()
			}
			return s.attrs, true
		}
	case *Type:
		switch name {
		case "__name__":
			return NewStr(x.Name), true
		case "__qualname__":
			if x.Qual != "" {
				return NewStr(x.Qual), true
			}
			return NewStr(x.Name), true
		case "__module__":
			if v, ok := x.Dict["__module__"]; ok {
				return v, true
			}
			if x.Module != "" { // a class a host module made in Go (threading.Event)
				return NewStr(x.Module), true
			}
			return NewStr("builtins"), true
		case "__doc__":
			if x.Doc != "" {
				return NewStr(x.Doc), true
			}
			return None, true
		case "__mro__":
			items := make([]Object, len(x.MRO))
			for i, c := range x.MRO {
				items[i] = c
			}
			return NewTuple(items), true
		case "__bases__":
			items := make([]Object, len(x.Bases))
			for i, c := range x.Bases {
				items[i] = c
			}
			return NewTuple(items), true
		case "__base__":
			if len(x.Bases) == 0 {
				return None, true
			}
			return x.Bases[0], true
		case "__dict__":
			d := NewDict()
			for _, k := range x.Keys {
				d.SetStr(k, x.Dict[k])
			}
			return &MappingProxy{D: d}, true
		}
	case *Function:
		switch name {
		case "__name__":
			return NewStr(x.Name), true
		case "__qualname__":
			return NewStr(x.QualName), true
		case "__doc__":
			return x.Doc, true
		case "__module__":
			if x.Module == nil {
				return None, true
			}
			return x.Module, true
		case "__defaults__":
			if x.Defaults == nil {
				return None, true
			}
			return NewTuple(x.Defaults), true
		case "__annotations__":
			if x.Annotations == nil {
				x.Annotations = NewDict()
			}
			return x.Annotations, true
		case "__kwdefaults__":
			if x.KwDefaults == nil {
				return None, true
			}
			return x.KwDefaults, true
		case "__globals__":
			return x.Globals, true
		case "__dict__":
			if x.Dict == nil {
				x.Dict = NewDict()
			}
			return x.Dict, true
		case "__code__":
			return codeInfoOf(x.Code).obj, true
		case "__closure__":
			if x.Closure == nil {
				return None, true
			}
			items := make([]Object, len(x.Closure))
			for i, c := range x.Closure {
				items[i] = c
			}
			return NewTuple(items), true
		}
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, true
		case "__func__":
			return x.Fn, true
		case "__name__", "__qualname__", "__doc__", "__module__":
			v, err := t.GetAttrString(x.Fn, name)
			if err == nil {
				return v, true
			}
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			return NewStr(x.Name), true
		case "__self__":
			if x.Self == nil {
				return None, true
			}
			return x.Self, true
		case "__doc__":
			return None, true
		case "__module__":
			if x.Self != nil {
				return None, true
			}
			return NewStr("builtins"), true
		}
	case *MethodDescr:
		switch name {
		case "__name__", "__qualname__":
			return NewStr(x.Name), true
		case "__objclass__":
			return x.Owner, true
		}
	case *Module:
		if name == "__dict__" {
			return x.Dict, true
		}
	case *Exception:
		switch name {
		case "args":
			return x.Args, true
		case "__cause__":
			return orNone(x.Cause), true
		case "__context__":
			return orNone(x.Context), true
		case "__suppress_context__":
			return NewBool(x.SuppressContext), true
		case "__traceback__":
			return t.tracebackObject(x), true
		case "__dict__":
			if x.Dict == nil {
				x.Dict = NewDict()
			}
			return x.Dict, true
		case "value":
			if x.typ.IsSubtype(StopIterationType) {
				if v := x.Attr("value"); v != nil {
					return v, true
				}
				if len(x.Args.V) > 0 {
					return x.Args.V[0], true
				}
				return None, true
			}
		case "code":
			if x.typ.IsSubtype(SystemExitType) {
				if len(x.Args.V) == 0 {
					return None, true
				}
				if len(x.Args.V) == 1 {
					return x.Args.V[0], true
				}
				return x.Args, true
			}
		case "name", "obj", "path", "errno", "strerror", "filename", "msg", "lineno", "offset", "text":
			if v := x.Attr(name); v != nil {
				return v, true
			}
			if x.typ.IsSubtype(AttributeErrorType) || x.typ.IsSubtype(NameErrorType) || x.typ.IsSubtype(ImportErrorType) || x.typ.IsSubtype(OSErrorType) || x.typ.IsSubtype(SyntaxErrorType) {
				return None, true
			}
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(x.Get), true
		case "fset":
			return orNone(x.Set), true
		case "fdel":
			return orNone(x.Del), true
		case "__doc__":
			return orNone(x.Doc), true
		}
	case *StaticMethod:
		if name == "__func__" {
			return x.Fn, true
		}
	case *ClassMethod:
		if name == "__func__" {
			return x.Fn, true
		}
	case *Traceback:
		switch name {
		case "tb_next":
			if x.i == 0 {
				return None, true
			}
			return &Traceback{entries: x.entries, i: x.i - 1}, true
		case "tb_lineno":
			return MakeInt(int64(x.line())), true
		case "tb_lasti":
			return MakeInt(int64(x.entries[x.i].pc * 2)), true
		case "tb_frame":
			return &FrameObject{code: x.entries[x.i].code, line: x.line()}, true
		}
	case *FrameObject:
		if v, ok := frameAttr(x, name); ok {
			return v, true
		}
	case *CodeObject:
		switch name {
		case "co_name":
			return NewStr(x.Code.Name), true
		case "co_qualname":
			return NewStr(x.Code.QualName), true
		case "co_filename":
			return NewStr(x.Code.Filename), true
		case "co_firstlineno":
			return MakeInt(int64(x.Code.FirstLine)), true
		case "co_argcount":
			return MakeInt(int64(x.Code.ArgCount)), true
		case "co_varnames":
			items := make([]Object, len(x.Code.Varnames))
			for i, n := range x.Code.Varnames {
				items[i] = NewStr(n)
			}
			return NewTuple(items), true
		}
	case *Cell:
		if name == "cell_contents" && x.V != nil {
			return x.V, true
		}
	case *Slice:
		switch name {
		case "start":
			return x.Start, true
		case "stop":
			return x.Stop, true
		case "step":
			return x.Step, true
		}
	case *Range:
		switch name {
		case "start":
			return MakeInt(x.Start), true
		case "stop":
			return MakeInt(x.Stop), true
		case "step":
			return MakeInt(x.Step), true
		}
	case *Generator:
		switch name {
		case "__name__":
			return NewStr(x.fn.Name), true
		case "__qualname__":
			return NewStr(x.fn.QualName), true
		case "gi_running":
			return NewBool(x.running), true
		}
	case *Complex:
		switch name {
		case "real":
			return Float(real(x.V)), true
		case "imag":
			return Float(imag(x.V)), true
		}
	case Int, *BigInt, Bool:
		switch name {
		case "real", "numerator":
			return o, true
		case "imag":
			return MakeInt(0), true
		case "denominator":
			return MakeInt(1), true
		}
	case Float:
		switch name {
		case "real":
			return x, true
		case "imag":
			return Float(0), true
		}
	}
	return nil, false
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func (t *Thread) setExceptionAttr(e *Exception, name string, v Object) error {
	switch name {
	case "args":
		items, err := t.iterToSlice(v)
		if err != nil {
			return err
		}
		e.Args = NewTuple(items)
		return nil
	case "__cause__":
		if v == None {
			e.Cause = nil
		} else if _, ok := v.(*Exception); ok {
			e.Cause = v
		} else {
			return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if v == None {
			e.Context = nil
		} else if _, ok := v.(*Exception); ok {
			e.Context = v
		} else {
			return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	case "__suppress_context__":
		b, err := t.Truth(v)
		e.SuppressContext = b
		return err
	case "__traceback__":
		if v == None {
			e.tb = nil
			return nil
		}
		if tb, ok := v.(*Traceback); ok {
			e.tb = tb.entries
			return nil
		}
		return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	e.SetAttr(name, v)
	return nil
}

// MappingProxy is a read-only view of a class's dict.
type MappingProxy struct{ D *Dict }

// Type returns MappingProxyType.
func (*MappingProxy) Type() *Type { return MappingProxyType }
