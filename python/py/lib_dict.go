package py

// dict.popitem and dict.fromkeys.
func init() {
	registerLib(DictType, map[string]MethodFunc{"popitem": dictPopItem})
	DictType.SetAttr("fromkeys", &ClassMethod{Fn: NewBuiltin("fromkeys", dictFromKeys)})
}

func dictPopItem(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	d, ok := self.(*Dict)
	if !ok {
		return nil, descrError("popitem", "dict", self)
	}
	if len(args) > 0 || len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "dict.popitem() takes no arguments (%d given)", len(args))
	}
	items := d.Items()
	if len(items) == 0 {
		return nil, NewException(KeyErrorType, NewStr("popitem(): dictionary is empty"))
	}
	last := items[len(items)-1]
	if _, err := d.Delete(t, last[0]); err != nil {
		return nil, err
	}
	return NewTuple([]Object{last[0], last[1]}), nil
}

// dictFromKeys is dict.fromkeys(iterable, value=None), called with the class first.
func dictFromKeys(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("fromkeys", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "fromkeys expected at least 1 argument, got %d", max(len(args)-1, 0))
	}
	value := None
	if len(args) == 3 {
		value = args[2]
	}
	cls, ok := args[0].(*Type)
	if !ok || cls == DictType {
		d := NewDict()
		err := t.Iterate(args[1], func(k Object) (bool, error) { return true, d.Set(t, k, value) })
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	d, err := t.Call(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	err = t.Iterate(args[1], func(k Object) (bool, error) { return true, t.SetItem(d, k, value) })
	if err != nil {
		return nil, err
	}
	return d, nil
}
