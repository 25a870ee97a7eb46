package stdlib

import "github.com/futurescope/futurescope/python/py"

func dequeMethods() map[string]py.MethodFunc {
	return map[string]py.MethodFunc{
		"append": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			q.pushBack(a[0])
			return py.None, nil
		}, "append", 1),
		"appendleft": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			q.pushFront(a[0])
			return py.None, nil
		}, "appendleft", 1),
		"pop": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			if q.n == 0 {
				return nil, py.Errorf(py.IndexErrorType, "pop from an empty deque")
			}
			return q.popBack(), nil
		}, "pop", 0),
		"popleft": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			if q.n == 0 {
				return nil, py.Errorf(py.IndexErrorType, "pop from an empty deque")
			}
			return q.popFront(), nil
		}, "popleft", 0),
		"extend":     dequeMethod(dequeExtend(false), "extend", 1),
		"extendleft": dequeMethod(dequeExtend(true), "extendleft", 1),
		"clear": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			q.setItems(nil)
			return py.None, nil
		}, "clear", 0),
		"count": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			n := 0
			for _, v := range q.items() {
				eq, err := t.Equal(v, a[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return py.MakeInt(int64(n)), nil
		}, "count", 1),
		"index":   dequeMethod(dequeIndex, "index", -1),
		"remove":  dequeMethod(dequeRemove, "remove", 1),
		"insert":  dequeMethod(dequeInsert, "insert", -1),
		"reverse": dequeMethod(dequeReverse, "reverse", 0),
		"rotate":  dequeMethod(dequeRotate, "rotate", -1),
		"__len__": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			return py.MakeInt(int64(q.n)), nil
		}, "__len__", 0),
		"__contains__": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			for _, v := range q.items() {
				if eq, err := t.Equal(v, a[0]); err != nil || eq {
					return py.NewBool(eq), err
				}
			}
			return py.False, nil
		}, "__contains__", 1),
		"__iter__":     dequeMethod(dequeIter(false), "__iter__", 0),
		"__reversed__": dequeMethod(dequeIter(true), "__reversed__", 0),
		"__getitem__": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			i, err := dequeIdx(t, q, a[0])
			if err != nil {
				return nil, err
			}
			return *q.at(i), nil
		}, "__getitem__", 1),
		"__setitem__": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			i, err := dequeIdx(t, q, a[0])
			if err != nil {
				return nil, err
			}
			*q.at(i) = a[1]
			return py.None, nil
		}, "__setitem__", 2),
		"__delitem__": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			i, err := dequeIdx(t, q, a[0])
			if err != nil {
				return nil, err
			}
			vs := q.items()
			q.setItems(append(vs[:i], vs[i+1:]...))
			return py.None, nil
		}, "__delitem__", 1),
		"_items": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			return py.NewList(q.items()), nil
		}, "_items", 0),
		"_repr_items": dequeMethod(func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
			return reprItems(t, q)
		}, "_repr_items", 0),
	}
}

func dequeExtend(left bool) func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	return func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
		vs, err := collect(t, a[0])
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if left {
				q.pushFront(v)
			} else {
				q.pushBack(v)
			}
		}
		return py.None, nil
	}
}

func dequeIdx(t *py.Thread, q *ringDeque, o py.Object) (int, error) {
	if py.IntValue(o) == nil {
		return 0, py.Errorf(py.TypeErrorType, "sequence index must be integer, not '%s'", o.Type().Name)
	}
	i, err := t.ToInt64(o)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(q.n)
	}
	if i < 0 || i >= int64(q.n) {
		return 0, py.Errorf(py.IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

func dequeIndex(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	if len(a) < 1 || len(a) > 3 {
		return nil, py.Errorf(py.TypeErrorType, "index expected at least 1 argument, got %d", len(a))
	}
	start, stop := int64(0), int64(q.n)
	for k, p := range []*int64{&start, &stop} {
		if len(a) > k+1 {
			v, err := t.ToInt64(a[k+1])
			if err != nil {
				return nil, err
			}
			if v < 0 {
				v = max(v+int64(q.n), 0)
			}
			*p = min(v, int64(q.n))
		}
	}
	vs := q.items()
	for i := start; i < stop; i++ {
		eq, err := t.Equal(vs[i], a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.MakeInt(i), nil
		}
	}
	s, err := t.Repr(a[0])
	if err != nil {
		return nil, err
	}
	return nil, py.Errorf(py.ValueErrorType, "%s is not in deque", s)
}

func dequeRemove(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	vs := q.items()
	for i, v := range vs {
		eq, err := t.Equal(v, a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			q.setItems(append(vs[:i], vs[i+1:]...))
			return py.None, nil
		}
	}
	s, err := t.Repr(a[0])
	if err != nil {
		return nil, err
	}
	return nil, py.Errorf(py.ValueErrorType, "%s is not in deque", s)
}

func dequeInsert(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	if len(a) != 2 {
		return nil, py.Errorf(py.TypeErrorType, "insert expected 2 arguments, got %d", len(a))
	}
	if q.maxlen >= 0 && q.n >= q.maxlen {
		return nil, py.Errorf(py.IndexErrorType, "deque already at its maximum size")
	}
	i, err := t.ToInt64(a[0])
	if err != nil {
		return nil, err
	}
	n := int64(q.n)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	vs := q.items()
	vs = append(vs[:i], append([]py.Object{a[1]}, vs[i:]...)...)
	q.setItems(vs)
	return py.None, nil
}

func dequeReverse(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	vs := q.items()
	for i, j := 0, len(vs)-1; i < j; i, j = i+1, j-1 {
		vs[i], vs[j] = vs[j], vs[i]
	}
	q.setItems(vs)
	return py.None, nil
}

func dequeRotate(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	if len(a) > 1 {
		return nil, py.Errorf(py.TypeErrorType, "rotate expected at most 1 argument, got %d", len(a))
	}
	k := int64(1)
	if len(a) == 1 {
		var err error
		if k, err = t.ToInt64(a[0]); err != nil {
			return nil, err
		}
	}
	if q.n < 2 {
		return py.None, nil
	}
	k %= int64(q.n)
	if k < 0 {
		k += int64(q.n)
	}
	vs := q.items()
	q.setItems(append(vs[int64(q.n)-k:], vs[:int64(q.n)-k]...))
	return py.None, nil
}

// dequeIter iterates the deque (backwards if reverse), failing as CPython
// does when the deque changes meanwhile.
func dequeIter(reverse bool) func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
	return func(t *py.Thread, q *ringDeque, a []py.Object) (py.Object, error) {
		version, i := q.version, 0
		return &itIter{typ: dequeIterType, refs: func(visit func(py.Object)) { visit(q) }, next: func(t *py.Thread) (py.Object, error) {
			if q.version != version {
				return nil, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if i >= q.n {
				return nil, nil
			}
			i++
			if reverse {
				return *q.at(q.n - i), nil
			}
			return *q.at(i - 1), nil
		}}, nil
	}
}
