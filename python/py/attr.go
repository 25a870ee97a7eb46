package py

// GetAttrString returns o.name.
func (t *Thread) GetAttrString(o Object, name string) (Object, error) {
	return t.GetAttr(o, NewStr(name))
}

// isDataDescr reports whether a class attribute takes precedence over the
// instance dict (a property or an object whose class defines __set__).
func isDataDescr(v Object) bool {
	switch v.(type) {
	case *Property:
		return true
	case *Function, *MethodDescr, *Str, Int, *StaticMethod, *ClassMethod, *Builtin, *Type:
		return false
	}
	if _, ok := v.(*Instance); ok {
		tp := v.Type()
		return tp.Lookup("__set__") != nil || tp.Lookup("__delete__") != nil
	}
	return false
}

// bindDescr applies the descriptor protocol to a class attribute found for self.
func (t *Thread) bindDescr(attr Object, self Object) (Object, error) {
	switch a := attr.(type) {
	case *Function:
		return &BoundMethod{Fn: a, Self: self}, nil
	case *MethodDescr:
		return &Builtin{Name: a.Name, Self: self, method: a.Fn, HostKeeps: a.Owner != nil && a.Owner.HostKeeps, owner: a.Owner}, nil
	case *StaticMethod:
		return a.Fn, nil
	case *ClassMethod:
		return &BoundMethod{Fn: a.Fn, Self: self.Type()}, nil
	case *Property:
		if a.Get == nil || a.Get == None {
			return nil, Errorf(AttributeErrorType, "property %sof '%s' object has no getter", propName(a), self.Type().Name)
		}
		return t.Call(a.Get, []Object{self}, nil)
	case *Instance:
		if get := a.typ.Lookup("__get__"); get != nil {
			return t.callDescr(get, a, []Object{self, self.Type()})
		}
	}
	return attr, nil
}

// GetAttr returns o.name with Python's lookup rules (data descriptors,
// instance dict, class attributes, __getattr__).
func (t *Thread) GetAttr(o Object, name *Str) (Object, error) {
	switch x := o.(type) {
	case *Instance:
		typ := x.typ
		if ga := typ.Lookup("__getattribute__"); ga != objectGetattribute && ga != nil {
			v, err := t.callDescr(ga, o, []Object{name})
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
					if gat := typ.Lookup("__getattr__"); gat != nil {
						return t.callDescr(gat, o, []Object{name})
					}
				}
			}
			return v, err
		}
		return t.instanceGetAttr(x, name, true)
	case *Type:
		return t.typeGetAttr(x, name)
	case *Module:
		if v, ok := x.Dict.getStrObj(name); ok {
			return v, nil
		}
		if name.S == "__dict__" {
			return x.Dict, nil
		}
		if x.Missing != nil {
			if v, ok, err := x.Missing(t, name.S); ok || err != nil {
				return v, err
			}
		}
		if ga, ok := x.Dict.GetStr("__getattr__"); ok {
			return t.Call(ga, []Object{name}, nil)
		}
		msg := "module '" + x.Name + "' has no attribute '" + name.S + "'"
		if v, ok := x.newer[name.S]; ok {
			msg += newerHint(v)
		}
		e := Errorf(AttributeErrorType, "%s", msg)
		e.SetAttr("name", name)
		e.SetAttr("obj", o)
		return nil, e
	case *Super:
		return t.superGetAttr(x, name)
	}
	typ := o.Type()
	attr := typ.Lookup(name.S)
	if attr != nil && isDataDescr(attr) {
		return t.bindDescr(attr, o)
	}
	if v, ok := t.specialAttr(o, name.S); ok {
		return v, nil
	}
	if e, ok := o.(*Exception); ok && e.Dict != nil {
		if v, ok := e.Dict.getStrObj(name); ok {
			return v, nil
		}
	}
	if s := subOf(o); s != nil && s.attrs != nil {
		if v, ok := s.attrs.getStrObj(name); ok {
			return v, nil
		}
	}
	if fn, ok := o.(*Function); ok && fn.Dict != nil {
		if v, ok := fn.Dict.getStrObj(name); ok {
			return v, nil
		}
	}
	if attr != nil {
		return t.bindDescr(attr, o)
	}
	if ga := typ.Lookup("__getattr__"); ga != nil {
		return t.callDescr(ga, o, []Object{name})
	}
	if d := t.builtinDunder(o, name.S); d != nil {
		return d, nil
	}
	return nil, t.noAttr(o, name.S)
}

func (t *Thread) noAttr(o Object, name string) error {
	e := Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().Name, name)
	e.SetAttr("name", NewStr(name))
	e.SetAttr("obj", o)
	return e
}

func (t *Thread) typeGetAttr(c *Type, name *Str) (Object, error) {
	meta := c.Type()
	if meta != TypeType {
		if attr := meta.Lookup(name.S); attr != nil && isDataDescr(attr) {
			return t.bindDescr(attr, c)
		}
	}
	if v := c.Lookup(name.S); v != nil {
		switch a := v.(type) {
		case *StaticMethod:
			return a.Fn, nil
		case *ClassMethod:
			return &BoundMethod{Fn: a.Fn, Self: c}, nil
		case *Property:
			return a, nil
		case *Instance:
			if get := a.typ.Lookup("__get__"); get != nil {
				return t.callDescr(get, a, []Object{None, c})
			}
		}
		return v, nil
	}
	if v, ok := t.specialAttr(c, name.S); ok {
		return v, nil
	}
	if meta != TypeType {
		if attr := meta.Lookup(name.S); attr != nil {
			return t.bindDescr(attr, c)
		}
	}
	if attr := TypeType.Lookup(name.S); attr != nil {
		return t.bindDescr(attr, c)
	}
	if w := slotWrapper(c, name.S); w != nil {
		return w, nil
	}
	e := Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", c.Name, name.S)
	e.SetAttr("name", name)
	e.SetAttr("obj", c)
	return nil, e
}

// loadMethod finds obj.name for an immediate call: it returns the unbound
// function and obj when binding can be skipped, else the attribute and nil.
func (t *Thread) loadMethod(o Object, name *Str) (Object, Object, error) {
	switch x := o.(type) {
	case *Instance:
		if ga := x.typ.Lookup("__getattribute__"); ga != objectGetattribute && ga != nil {
			break
		}
		attr := x.typ.Lookup(name.S)
		if fn, ok := attr.(*Function); ok {
			if _, shadow := x.Dict.getStrObj(name); !shadow {
				return fn, o, nil
			}
		}
	case *Type, *Module, *Super:
	default:
		attr := o.Type().Lookup(name.S)
		switch a := attr.(type) {
		case *MethodDescr:
			return a, o, nil
		case *Function:
			return a, o, nil
		}
	}
	v, err := t.GetAttr(o, name)
	return v, nil, err
}

// SetAttr sets o.name = v.
func (t *Thread) SetAttr(o Object, name *Str, v Object) error {
	switch x := o.(type) {
	case *Instance:
		typ := x.typ
		if typ.userDunders {
			if sa := typ.Lookup("__setattr__"); sa != nil {
				if overrides(sa) {
					_, err := t.callDescr(sa, o, []Object{name, v})
					return err
				}
			}
		}
		if attr := typ.Lookup(name.S); attr != nil {
			if handled, err := t.setDescr(attr, o, v); handled {
				return err
			}
		}
		if typ.noDict && !typ.slotAllowed(name.S) {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typ.Name, name.S)
		}
		return x.dict().setHashed(t, name, name.Hash(), v)
	case *Type:
		if sa := metaDunder(x, "__setattr__"); sa != nil {
			_, err := t.callDescr(sa, o, []Object{name, v})
			return err
		}
		return t.setTypeAttr(x, name, v)
	case *Module:
		return x.Dict.setHashed(t, name, name.Hash(), v)
	case *Exception:
		if attr := x.typ.Lookup(name.S); attr != nil {
			if handled, err := t.setDescr(attr, o, v); handled {
				return err
			}
		}
		return t.setExceptionAttr(x, name.S, v)
	case *Function:
		switch name.S {
		case "__name__":
			if s, ok := v.(*Str); ok {
				x.Name = s.S
			}
			return nil
		case "__qualname__":
			if s, ok := v.(*Str); ok {
				x.QualName = s.S
			}
			return nil
		case "__doc__":
			x.Doc = v
			return nil
		}
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		return x.Dict.Set(t, name, v)
	}
	if hostObj(o) {
		if sa := o.Type().Lookup("__setattr__"); sa != nil && overrides(sa) {
			_, err := t.callDescr(sa, o, []Object{name, v})
			return err
		}
	}
	if s := subOf(o); s != nil {
		if attr := s.cls.Lookup(name.S); attr != nil {
			if handled, err := t.setDescr(attr, o, v); handled {
				return err
			}
		}
		if s.cls.noDict && !s.cls.slotAllowed(name.S) {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", s.cls.Name, name.S)
		}
		if s.attrs == nil {
			s.attrs = NewDict()
		}
		return s.attrs.Set(t, name, v)
	}
	if o.Type().Lookup(name.S) != nil {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", o.Type().Name, name.S)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", o.Type().Name, name.S)
}

// setDescr runs a data descriptor's setter; handled is false when attr is
// not a data descriptor.
func (t *Thread) setDescr(attr, o, v Object) (handled bool, err error) {
	switch a := attr.(type) {
	case *Property:
		if a.Set == nil || a.Set == None {
			return true, Errorf(AttributeErrorType, "property %sof '%s' object has no setter", propName(a), o.Type().Name)
		}
		_, err := t.Call(a.Set, []Object{o, v}, nil)
		return true, err
	case *Instance:
		if set := a.typ.Lookup("__set__"); set != nil {
			_, err := t.callDescr(set, a, []Object{o, v})
			return true, err
		}
	}
	return false, nil
}

// setTypeAttr is type.__setattr__: cls.name = v without a metaclass's __setattr__.
func (t *Thread) setTypeAttr(x *Type, name *Str, v Object) error {
	if x.builtin {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.S, x.Name)
	}
	if handled, err := t.setTypeName(x, name.S, v); handled {
		return err
	}
	x.SetAttr(name.S, v)
	return nil
}

// DelAttr deletes o.name.
func (t *Thread) DelAttr(o Object, name *Str) error {
	switch x := o.(type) {
	case *Instance:
		if da := x.typ.Lookup("__delattr__"); da != nil {
			if overrides(da) {
				_, err := t.callDescr(da, o, []Object{name})
				return err
			}
		}
		if attr := x.typ.Lookup(name.S); attr != nil {
			if p, ok := attr.(*Property); ok {
				if p.Del == nil || p.Del == None {
					return Errorf(AttributeErrorType, "property %sof '%s' object has no deleter", propName(p), o.Type().Name)
				}
				_, err := t.Call(p.Del, []Object{o}, nil)
				return err
			}
		}
		ok, err := x.Dict.Delete(t, name)
		if err == nil && !ok {
			return t.noAttr(o, name.S)
		}
		return err
	case *Type:
		if da := metaDunder(x, "__delattr__"); da != nil {
			_, err := t.callDescr(da, o, []Object{name})
			return err
		}
		return t.delTypeAttr(x, name)
	}
	return t.delAttrRest(o, name)
}

// delTypeAttr is type.__delattr__: del cls.name without a metaclass's __delattr__.
func (t *Thread) delTypeAttr(x *Type, name *Str) error {
	if x.builtin {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.S, x.Name)
	}
	if handled, err := delTypeName(x, name.S); handled {
		return err
	}
	if !x.DelAttr(name.S) {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", x.Name, name.S)
	}
	return nil
}

// delAttrRest deletes o.name for the objects DelAttr leaves to it.
func (t *Thread) delAttrRest(o Object, name *Str) error {
	switch x := o.(type) {
	case *Module:
		ok, err := x.Dict.Delete(t, name)
		if err == nil && !ok {
			return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", x.Name, name.S)
		}
		return err
	case *Exception:
		if x.Dict != nil {
			if ok, _ := x.Dict.Delete(t, name); ok {
				return nil
			}
		}
	}
	if hostObj(o) {
		if da := o.Type().Lookup("__delattr__"); da != nil && overrides(da) {
			_, err := t.callDescr(da, o, []Object{name})
			return err
		}
	}
	return t.noAttr(o, name.S)
}

// HasAttr reports whether o.name exists (an AttributeError means no).
func (t *Thread) HasAttr(o Object, name string) (bool, error) {
	_, err := t.GetAttrString(o, name)
	if err == nil {
		return true, nil
	}
	if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
		return false, nil
	}
	return false, err
}

// propName returns "'name' " for a property whose getter has a name.
func propName(p *Property) string {
	if fn, ok := p.Get.(*Function); ok {
		return "'" + fn.Name + "' "
	}
	return ""
}

// genericGetAttr is object.__getattribute__: the lookup without a class's
// own __getattribute__.
func (t *Thread) genericGetAttr(o Object, name *Str) (Object, error) {
	if x, ok := o.(*Instance); ok {
		return t.instanceGetAttr(x, name, false)
	}
	return t.GetAttr(o, name)
}

// instanceGetAttr looks name up on an instance; withGetattr lets the
// class's __getattr__ answer for a missing attribute.
func (t *Thread) instanceGetAttr(x *Instance, name *Str, withGetattr bool) (Object, error) {
	var o Object = x
	typ := x.typ
	attr := typ.Lookup(name.S)
	if attr != nil && isDataDescr(attr) {
		return t.bindDescr(attr, o)
	}
	if v, ok := x.Dict.getStrObj(name); ok {
		return v, nil
	}
	if attr != nil {
		return t.bindDescr(attr, o)
	}
	if v, ok := t.specialAttr(o, name.S); ok {
		return v, nil
	}
	if ga := typ.Lookup("__getattr__"); ga != nil && withGetattr {
		return t.callDescr(ga, o, []Object{name})
	}
	return nil, t.noAttr(o, name.S)
}
