package stdlib

import "github.com/futurescope/futurescope/python/py"

// The itertools iterators that call a function of the script for each item.

func itStarmap(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	fn, src, err := funcAndIter(t, "starmap", args, kw)
	if err != nil {
		return nil, err
	}
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, fn, src)
	}
	return func(t *py.Thread) (py.Object, error) {
		v, err := t.Next(src)
		if err != nil || v == nil {
			return nil, err
		}
		fargs, err := collect(t, v)
		if err != nil {
			return nil, err
		}
		return t.Call(fn, fargs, nil)
	}, nil
}

// funcAndIter unpacks (function, iterable) arguments.
func funcAndIter(t *py.Thread, name string, args []py.Object, kw []string) (py.Object, py.Object, error) {
	if err := py.NoKwargs(name, kw); err != nil {
		return nil, nil, err
	}
	if len(args) != 2 {
		return nil, nil, py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	src, err := t.Iter(args[1])
	return args[0], src, err
}

// predicate calls fn(v) (bool(v) if fn is None) for its truth.
func predicate(t *py.Thread, fn, v py.Object) (bool, error) {
	if fn != py.None {
		r, err := t.Call(fn, []py.Object{v}, nil)
		if err != nil {
			return false, err
		}
		v = r
	}
	return t.Truth(v)
}

func itTakewhile(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	fn, src, err := funcAndIter(t, "takewhile", args, kw)
	if err != nil {
		return nil, err
	}
	stopped := false
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, fn, src)
	}
	return func(t *py.Thread) (py.Object, error) {
		if stopped {
			return nil, nil
		}
		v, err := t.Next(src)
		if err != nil || v == nil {
			return nil, err
		}
		ok, err := predicate(t, fn, v)
		if err != nil || !ok {
			stopped = err == nil
			return nil, err
		}
		return v, nil
	}, nil
}

func itDropwhile(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	fn, src, err := funcAndIter(t, "dropwhile", args, kw)
	if err != nil {
		return nil, err
	}
	dropping := true
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, fn, src)
	}
	return func(t *py.Thread) (py.Object, error) {
		for {
			v, err := t.Next(src)
			if err != nil || v == nil || !dropping {
				return v, err
			}
			ok, err := predicate(t, fn, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				dropping = false
				return v, nil
			}
		}
	}, nil
}

func itFilterfalse(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	fn, src, err := funcAndIter(t, "filterfalse", args, kw)
	if err != nil {
		return nil, err
	}
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, fn, src)
	}
	return func(t *py.Thread) (py.Object, error) {
		for {
			v, err := t.Next(src)
			if err != nil || v == nil {
				return nil, err
			}
			ok, err := predicate(t, fn, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				return v, nil
			}
		}
	}, nil
}

func itCompress(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	a, err := py.UnpackArgs("compress", args, kw, []string{"data", "selectors"}, 2)
	if err != nil {
		return nil, err
	}
	data, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	sel, err := t.Iter(a[1])
	if err != nil {
		return nil, err
	}
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, data, sel)
	}
	return func(t *py.Thread) (py.Object, error) {
		for {
			d, err := t.Next(data)
			if err != nil || d == nil {
				return nil, err
			}
			s, err := t.Next(sel)
			if err != nil || s == nil {
				return nil, err
			}
			if ok, err := t.Truth(s); err != nil || ok {
				return d, err
			}
		}
	}, nil
}
