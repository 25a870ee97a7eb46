package py

import "unicode/utf8"

// __length_hint__ of the built-in iterators: how many items are left, as
// operator.length_hint and list() ask (0 once exhausted; a list iterator
// counts items appended after it was made).
func init() {
	hint := func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 0 || len(kw) != 0 {
			return nil, Errorf(TypeErrorType, "__length_hint__() takes no arguments (%d given)", len(args))
		}
		return MakeInt(int64(lengthHint(self))), nil
	}
	for _, typ := range []*Type{ListIterType, TupleIterType, RangeIterType, StrIterType, DictKeyIterType,
		DictValIterType, DictItemIterType, SetIterType, ListRevIterType} {
		RegisterMethods(typ, map[string]MethodFunc{"__length_hint__": hint})
	}
}

// lengthHint counts the items an iterator has left.
func lengthHint(o Object) int {
	switch x := o.(type) {
	case *listIter:
		return max(len(x.l.V)-x.i, 0)
	case *tupleIter:
		return max(len(x.v)-x.i, 0)
	case *rangeIter:
		return int(max(x.n, 0))
	case *strIter:
		if x.i >= len(x.s.S) {
			return 0
		}
		return utf8.RuneCountInString(x.s.S[x.i:])
	case *dictIter:
		if x.d == nil || x.d.used != x.size {
			return 0
		}
		n := 0
		for _, e := range x.d.entries[min(x.pos, len(x.d.entries)):] {
			if e.key != nil {
				n++
			}
		}
		return n
	case *setIter:
		if x.s == nil || x.s.used != x.size {
			return 0
		}
		n := 0
		for _, e := range x.s.table[min(x.pos, len(x.s.table)):] {
			if e.key != nil && e.key != setDummy {
				n++
			}
		}
		return n
	case *GoIter:
		if x.Hint != nil {
			return x.Hint()
		}
	}
	return 0
}
