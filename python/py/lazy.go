package py

// The lazy iterators of the builtins: enumerate, zip, map, filter, reversed.
func init() {
	EnumerateType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		a, err := UnpackArgs("enumerate", args, kw, []string{"iterable", "start"}, 1)
		if err != nil {
			return nil, err
		}
		it, err := t.Iter(a[0])
		if err != nil {
			return nil, err
		}
		var n Object = MakeInt(0)
		if a[1] != nil {
			if !isIntLike(a[1]) {
				return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[1].Type().Name)
			}
			n = a[1]
		}
		return &GoIter{T: EnumerateType, NextT: func(t *Thread) (Object, error) {
			v, err := t.Next(it)
			if err != nil || v == nil {
				return nil, err
			}
			i := n
			n, err = intBinary(opAdd, n, MakeInt(1))
			return NewTuple([]Object{i, v}), err
		}, Refs: func(visit func(Object)) bool {
			visit(it)
			visit(n)
			return true
		}}, nil
	}
	ZipType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		npos := len(args) - len(kw)
		strict := false
		for i, k := range kw {
			if k != "strict" {
				return nil, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
			}
			strict, _ = t.Truth(args[npos+i])
		}
		its := make([]Object, npos)
		for i, a := range args[:npos] {
			it, err := t.Iter(a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		done := npos == 0
		return &GoIter{T: ZipType, NextT: func(t *Thread) (Object, error) {
			if done {
				return nil, nil
			}
			items := make([]Object, len(its))
			for i, it := range its {
				v, err := t.Next(it)
				if err != nil {
					return nil, err
				}
				if v == nil {
					done = true
					if strict {
						if i > 0 {
							s := "s 1-" + itoa(i)
							if i == 1 {
								s = " 1"
							}
							return nil, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s", i+1, s)
						}
						for j := 1; j < len(its); j++ {
							w, err := t.Next(its[j])
							if err != nil {
								return nil, err
							}
							if w != nil {
								s := "s 1-" + itoa(j)
								if j == 1 {
									s = " 1"
								}
								return nil, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s", j+1, s)
							}
						}
					}
					return nil, nil
				}
				items[i] = v
			}
			return NewTuple(items), nil
		}, Refs: func(visit func(Object)) bool {
			visitAll(its, visit)
			return true
		}}, nil
	}
	MapType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("map", kw); err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		fn := args[0]
		its := make([]Object, len(args)-1)
		for i, a := range args[1:] {
			it, err := t.Iter(a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		return &GoIter{T: MapType, NextT: func(t *Thread) (Object, error) {
			vals := make([]Object, len(its))
			if len(its) > 1 {
				defer t.Unhold(t.Hold(vals)) // the items so far, while the next iterator's code runs
			}
			for i, it := range its {
				v, err := t.Next(it)
				if err != nil || v == nil {
					return nil, err
				}
				vals[i] = v
			}
			return t.Call(fn, vals, nil)
		}, Refs: func(visit func(Object)) bool {
			visit(fn)
			visitAll(its, visit)
			return true
		}}, nil
	}
	FilterType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("filter", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		fn := args[0]
		it, err := t.Iter(args[1])
		if err != nil {
			return nil, err
		}
		return &GoIter{T: FilterType, NextT: func(t *Thread) (Object, error) {
			for {
				v, err := t.Next(it)
				if err != nil || v == nil {
					return nil, err
				}
				keep := v
				if fn != None {
					if keep, err = t.Call(fn, []Object{v}, nil); err != nil {
						return nil, err
					}
				}
				var b bool
				if _, ok := keep.(Bool); ok || fn == None {
					b, err = t.Truth(keep)
				} else {
					b, err = t.truthHolding(keep, v)
				}
				if err != nil {
					return nil, err
				}
				if b {
					return v, nil
				}
			}
		}, Refs: func(visit func(Object)) bool {
			visit(fn)
			visit(it)
			return true
		}}, nil
	}
	ReversedType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("reversed", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		seq := args[0]
		if m := seq.Type().Lookup("__reversed__"); m != nil {
			return t.callDescr(m, seq, nil)
		}
		var items []Object
		switch x := seq.(type) {
		case *List:
			l := x
			i := len(l.V) - 1
			return &GoIter{T: ListRevIterType, NextT: func(t *Thread) (Object, error) {
				if i >= len(l.V) {
					i = -1
				}
				if i < 0 {
					return nil, nil
				}
				i--
				return l.V[i+1], nil
			}, Hint: func() int {
				if i >= len(l.V) {
					return 0
				}
				return i + 1
			}}, nil
		case *Tuple:
			items = x.V
		case *Range, *Str, *Bytes:
			var err error
			if items, err = t.iterToSlice(seq); err != nil {
				return nil, err
			}
		case *Dict:
			items = x.Keys()
		case *DictView:
			var err error
			if items, err = t.iterToSlice(seq); err != nil {
				return nil, err
			}
		default:
			if seq.Type().Lookup("__getitem__") == nil || seq.Type().Lookup("__len__") == nil {
				return nil, Errorf(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
			}
			n, err := t.Len(seq)
			if err != nil {
				return nil, err
			}
			i := n - 1
			return &GoIter{T: ReversedType, NextT: func(t *Thread) (Object, error) {
				if i < 0 {
					return nil, nil
				}
				i--
				return t.GetItem(seq, MakeInt(int64(i+1)))
			}}, nil
		}
		i := len(items) - 1
		return &GoIter{T: ReversedType, NextT: func(t *Thread) (Object, error) {
			if i < 0 {
				return nil, nil
			}
			i--
			return items[i+1], nil
		}}, nil
	}
}
