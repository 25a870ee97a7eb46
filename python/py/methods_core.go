package py

import (
	"strings"

	"github.com/futurescope/futurescope/python/format"
)

// objectSetattr is object.__setattr__ (a class without its own __setattr__
// finds it).
var objectSetattr, objectGetattribute Object

// The core methods the interpreter itself relies on; lib_*.go files add the
// rest of each type's methods.
func init() {
	defer func() {
		objectSetattr = ObjectType.Dict["__setattr__"]
		objectGetattribute = ObjectType.Dict["__getattribute__"]
	}()
	RegisterMethods(ObjectType, map[string]MethodFunc{
		"__init__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) > 0 {
				if _, userInit := self.Type().Lookup("__init__").(*Function); userInit {
					return nil, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
				}
			}
			return None, nil
		},
		"__new__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			cls, ok := self.(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", self.Type().Name)
			}
			nf := cls.newSlot()
			if nf == nil {
				return nil, Errorf(TypeErrorType, "cannot create '%s' instances", cls.Name)
			}
			return nf(t, cls, nil, nil)
		},
		"__repr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return NewStr("<" + self.Type().QualName() + " object at " + t.addr(self) + ">"), nil
		},
		"__str__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			s, err := t.Repr(self)
			return NewStr(s), err
		},
		"__eq__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) == 1 && args[0] == self {
				return True, nil
			}
			return NotImplemented, nil
		},
		"__ne__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) == 1 && args[0] == self {
				return False, nil
			}
			return NotImplemented, nil
		},
		"__hash__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return MakeInt(int64(t.Interp.ID(self) >> 4)), nil
		},
		"__setattr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(args))
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			if inst, ok := self.(*Instance); ok {
				if attr := inst.typ.Lookup(name.S); attr != nil {
					if handled, err := t.setDescr(attr, self, args[1]); handled {
						return None, err
					}
				}
				if inst.typ.noDict && !inst.typ.slotAllowed(name.S) {
					return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", inst.typ.Name, name.S)
				}
				return None, inst.dict().Set(t, name, args[1])
			}
			if cls, ok := self.(*Type); ok {
				return None, t.setTypeAttr(cls, name, args[1])
			}
			return None, t.SetAttr(self, name, args[1])
		},
		"__delattr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			name := args[0].(*Str)
			if inst, ok := self.(*Instance); ok {
				ok, err := inst.Dict.Delete(t, name)
				if err == nil && !ok {
					return nil, t.noAttr(self, name.S)
				}
				return None, err
			}
			if cls, ok := self.(*Type); ok {
				return None, t.delTypeAttr(cls, name)
			}
			return None, t.DelAttr(self, name)
		},
		"__getattribute__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return t.genericGetAttr(self, name)
		},
		"__format__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) == 1 {
				if s, ok := args[0].(*Str); ok && s.S != "" {
					return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", self.Type().Name)
				}
			}
			return t.StrObj(self)
		},
		"__init_subclass__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return None, nil
		},
	})
	RegisterMethods(TypeType, map[string]MethodFunc{
		"mro": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			c := self.(*Type)
			items := make([]Object, len(c.MRO))
			for i, x := range c.MRO {
				items[i] = x
			}
			return NewList(items), nil
		},
		"__subclasses__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return NewList(nil), nil
		},
	})
	RegisterMethods(BaseExceptionType, map[string]MethodFunc{
		"__init__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			e, ok := self.(*Exception)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a 'BaseException' object")
			}
			e.Args = NewTuple(append([]Object(nil), args...))
			return None, nil
		},
		"with_traceback": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "with_traceback() takes exactly one argument (%d given)", len(args))
			}
			return self, t.setExceptionAttr(self.(*Exception), "__traceback__", args[0])
		},
		"add_note": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			e := self.(*Exception)
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "add_note() takes exactly one argument (%d given)", len(args))
			}
			if _, ok := args[0].(*Str); !ok {
				return nil, Errorf(TypeErrorType, "note must be a str, not '%s'", args[0].Type().Name)
			}
			notes, _ := e.Attr("__notes__").(*List)
			if notes == nil {
				notes = NewList(nil)
				e.SetAttr("__notes__", notes)
			}
			notes.V = append(notes.V, args[0])
			return None, nil
		},
	})
	RegisterMethods(ListType, map[string]MethodFunc{
		"append": methOneArg("list.append", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "list.append() takes exactly one argument (%d given)", len(args))
			}
			l := self.(*List)
			if len(l.V) >= MaxContainerLen {
				return nil, Errorf(MemoryErrorType, "list too large")
			}
			l.V = append(l.V, args[0])
			return None, nil
		}),
		"extend": methOneArg("list.extend", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "list.extend() takes exactly one argument (%d given)", len(args))
			}
			items, err := t.iterToSlice(args[0])
			if err != nil {
				return nil, err
			}
			l := self.(*List)
			if len(l.V)+len(items) > MaxContainerLen {
				return nil, Errorf(MemoryErrorType, "list too large")
			}
			l.V = append(l.V, items...)
			return None, nil
		}),
		"pop": methArgRange("pop", 0, 1, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			l := self.(*List)
			i := int64(len(l.V) - 1)
			if len(args) > 0 {
				var err error
				if i, err = t.ToInt64(args[0]); err != nil {
					return nil, err
				}
				if i < 0 {
					i += int64(len(l.V))
				}
			}
			if len(l.V) == 0 {
				return nil, Errorf(IndexErrorType, "pop from empty list")
			}
			if i < 0 || i >= int64(len(l.V)) {
				return nil, Errorf(IndexErrorType, "pop index out of range")
			}
			v := l.V[i]
			copy(l.V[i:], l.V[i+1:])
			l.V[len(l.V)-1] = nil
			l.V = l.V[:len(l.V)-1]
			return v, nil
		}),
		"insert": methArgRange("insert", 2, 2, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
			}
			l := self.(*List)
			i, err := t.ToInt64(args[0])
			if err != nil {
				return nil, err
			}
			n := int64(len(l.V))
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			l.V = append(l.V, nil)
			copy(l.V[i+1:], l.V[i:])
			l.V[i] = args[1]
			return None, nil
		}),
		"copy": methNoArgs("list.copy", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return NewList(append([]Object(nil), self.(*List).V...)), nil
		}),
		"clear": methNoArgs("list.clear", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			self.(*List).V = nil
			return None, nil
		}),
	})
	RegisterMethods(DictType, map[string]MethodFunc{
		"get": methArgRange("get", 1, 2, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeErrorType, "get expected at least 1 argument, got %d", len(args))
			}
			v, ok, err := self.(*Dict).Get(t, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return None, nil
			}
			return v, nil
		}),
		"keys": methNoArgs("dict.keys", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return &DictView{D: self.(*Dict), Kind: 'k'}, nil
		}),
		"values": methNoArgs("dict.values", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return &DictView{D: self.(*Dict), Kind: 'v'}, nil
		}),
		"items": methNoArgs("dict.items", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return &DictView{D: self.(*Dict), Kind: 'i'}, nil
		}),
		"setdefault": methArgRange("setdefault", 1, 2, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			d := self.(*Dict)
			def := None
			if len(args) > 1 {
				def = args[1]
			}
			v, ok, err := d.Get(t, args[0])
			if err != nil || ok {
				return v, err
			}
			return def, d.Set(t, args[0], def)
		}),
		"pop": methArgRange("pop", 1, 2, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			d := self.(*Dict)
			if len(args) < 1 {
				return nil, Errorf(TypeErrorType, "pop expected at least 1 argument, got 0")
			}
			v, ok, err := d.Get(t, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) > 1 {
					return args[1], nil
				}
				return nil, NewException(KeyErrorType, args[0])
			}
			_, err = d.Delete(t, args[0])
			return v, err
		}),
		"update": methArgRange("update", 0, 1, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			d := self.(*Dict)
			npos := len(args) - len(kw)
			if npos > 0 {
				if err := t.dictUpdate(d, args[0]); err != nil {
					return nil, err
				}
			}
			for i, k := range kw {
				d.SetStr(k, args[npos+i])
			}
			return None, nil
		}),
		"copy": methNoArgs("dict.copy", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return self.(*Dict).Copy(), nil
		}),
		"clear": methNoArgs("dict.clear", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			self.(*Dict).Clear()
			return None, nil
		}),
	})
	RegisterMethods(SetType, map[string]MethodFunc{
		"add": methOneArg("set.add", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "set.add() takes exactly one argument (%d given)", len(args))
			}
			return None, self.(*Set).Add(t, args[0])
		}),
		"discard": methOneArg("set.discard", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			_, err := self.(*Set).Discard(t, args[0])
			return None, err
		}),
		"remove": methOneArg("set.remove", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			ok, err := self.(*Set).Discard(t, args[0])
			if err == nil && !ok {
				return nil, NewException(KeyErrorType, args[0])
			}
			return None, err
		}),
	})
	RegisterMethods(StrType, map[string]MethodFunc{
		"join": methOneArg("str.join", func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args))
			}
			var parts []string
			i := 0
			total := 0
			err := t.Iterate(args[0], func(x Object) (bool, error) {
				s, ok := x.(*Str)
				if !ok {
					return false, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.Type().Name)
				}
				total += len(s.S)
				if i > 0 {
					total += len(self.(*Str).S)
				}
				if total > MaxStrLen {
					return false, Errorf(MemoryErrorType, "str too large")
				}
				parts = append(parts, s.S)
				i++
				return true, nil
			})
			if err != nil {
				if !t.isIterable(args[0]) {
					return nil, Errorf(TypeErrorType, "can only join an iterable")
				}
				return nil, err
			}
			if err := t.chargeBytes(total); err != nil {
				return nil, err
			}
			return NewStr(strings.Join(parts, self.(*Str).S)), nil
		}),
		"format": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			s, err := format.Render(self.(*Str).S, &resolver{t: t, args: args, kw: kw})
			if err != nil {
				return nil, fmtErr(err)
			}
			return NewStr(s), nil
		},
	})
}

// resolver answers str.format's questions.
type resolver struct {
	t    *Thread
	args []Object
	kw   []string
}

func (r *resolver) Positional(i int) (any, error) {
	n := len(r.args) - len(r.kw)
	if i >= n {
		return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", i)
	}
	return r.args[i], nil
}

func (r *resolver) Keyword(name string) (any, error) {
	n := len(r.args) - len(r.kw)
	for i, k := range r.kw {
		if k == name {
			return r.args[n+i], nil
		}
	}
	return nil, NewException(KeyErrorType, NewStr(name))
}

func (r *resolver) Attr(v any, name string) (any, error) { return r.t.GetAttrString(v.(Object), name) }

func (r *resolver) Item(v any, key format.Key) (any, error) {
	var k Object = NewStr(key.Str)
	if key.IsInt {
		k = MakeInt(int64(key.Int))
	}
	return r.t.GetItem(v.(Object), k)
}

func (r *resolver) Convert(v any, conv rune) (any, error) {
	o := v.(Object)
	var s string
	var err error
	switch conv {
	case 'r':
		s, err = r.t.Repr(o)
	case 'a':
		s, err = r.t.ASCII(o)
	default:
		s, err = r.t.Str(o)
	}
	return NewStr(s), err
}

func (r *resolver) Format(v any, spec string) (string, error) { return r.t.Format(v.(Object), spec) }
