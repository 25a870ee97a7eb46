package py

import "strings"

// The container dunders of the built-in types as class attributes:
// dict.__getitem__(d, k), tuple.__getitem__(t, i), dict.__delitem__(d, k),
// list.__len__, ... and super().__setitem__ in a subclass. They run the
// built-in operation on the value itself, beneath any override of the
// subclass the value belongs to.
func init() {
	getitem := map[string]MethodFunc{"__getitem__": containerGetItem}
	for _, typ := range []*Type{ListType, TupleType, DictType, StrType, BytesType, RangeType} {
		RegisterMethods(typ, getitem)
	}
	mutate := map[string]MethodFunc{"__setitem__": containerSetItem, "__delitem__": containerDelItem}
	for _, typ := range []*Type{ListType, DictType} {
		RegisterMethods(typ, mutate)
	}
	sized := map[string]MethodFunc{"__len__": containerLen, "__contains__": containerContains}
	for _, typ := range []*Type{ListType, TupleType, DictType, StrType, SetType, FrozenSetType} {
		RegisterMethods(typ, sized)
	}
}

func descrArgs(name string, self Object, args []Object, kw []string, n int) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if _, isDict := self.(*Dict); isDict && (name == "__getitem__" || name == "__contains__") {
			// dict's are methods taking one argument; the others slot wrappers
			return Errorf(TypeErrorType, "dict.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, pluralS(n), len(args))
	}
	return nil
}

func containerGetItem(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := descrArgs("__getitem__", self, args, kw, 1); err != nil {
		return nil, err
	}
	key := args[0]
	switch self.(type) {
	case *List, *Tuple, *Str, *Range, *Bytes:
		var err error
		if key, err = t.indexKey(key); err != nil {
			return nil, err
		}
	}
	if r, err, ok := t.getItemGo(self, key); ok {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", self.Type().Name, key.Type().Name)
}

func containerSetItem(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := descrArgs("__setitem__", self, args, kw, 2); err != nil {
		return nil, err
	}
	key := args[0]
	if _, ok := self.(*List); ok {
		var err error
		if key, err = t.indexKey(key); err != nil {
			return nil, err
		}
	}
	if err, ok := t.setItemGo(self, key, args[1]); ok {
		return None, err
	}
	return nil, Errorf(TypeErrorType, "'%s' object does not support item assignment", self.Type().Name)
}

func containerDelItem(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := descrArgs("__delitem__", self, args, kw, 1); err != nil {
		return nil, err
	}
	key := args[0]
	if _, ok := self.(*List); ok {
		var err error
		if key, err = t.indexKey(key); err != nil {
			return nil, err
		}
	}
	if err, ok := t.delItemGo(self, key); ok {
		return None, err
	}
	return nil, Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.Type().Name)
}

func containerLen(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := descrArgs("__len__", self, args, kw, 0); err != nil {
		return nil, err
	}
	switch x := self.(type) {
	case *Str:
		return MakeInt(int64(x.Len())), nil
	case *List:
		return MakeInt(int64(len(x.V))), nil
	case *Tuple:
		return MakeInt(int64(len(x.V))), nil
	case *Dict:
		return MakeInt(int64(x.used)), nil
	case *Set:
		return MakeInt(int64(x.used)), nil
	}
	return nil, Errorf(TypeErrorType, "descriptor '__len__' doesn't apply to a '%s' object", self.Type().Name)
}

func containerContains(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := descrArgs("__contains__", self, args, kw, 1); err != nil {
		return nil, err
	}
	item := args[0]
	if subDunder(self, "__contains__") == nil {
		r, err := t.Contains(self, item)
		return NewBool(r), err
	}
	var items []Object
	switch x := self.(type) {
	case *Str:
		s, ok := item.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return NewBool(strings.Contains(x.S, s.S)), nil
	case *Dict:
		_, ok, err := x.Get(t, item)
		return NewBool(ok), err
	case *Set:
		ok, err := x.Contains(t, item)
		return NewBool(ok), err
	case *List:
		items = x.V
	case *Tuple:
		items = x.V
	}
	for i := 0; i < len(items); i++ {
		if eq, err := t.Equal(items[i], item); err != nil || eq {
			return NewBool(eq), err
		}
	}
	return False, nil
}
