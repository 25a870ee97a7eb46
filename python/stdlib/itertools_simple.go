package stdlib

import "github.com/futurescope/futurescope/python/py"

func itCycle(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	a, err := py.UnpackArgs("cycle", args, kw, []string{"iterable"}, 1)
	if err != nil {
		return nil, err
	}
	src, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	var saved []py.Object
	i := -1
	it.refs = func(visit func(py.Object)) {
		visit(src)
		visitObjs(visit, saved...)
	}
	return func(t *py.Thread) (py.Object, error) {
		if i < 0 {
			v, err := t.Next(src)
			if err != nil || v != nil {
				saved = append(saved, v)
				return v, err
			}
			if len(saved) == 0 {
				return nil, nil
			}
			i = 0
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, nil
	}, nil
}

func itChain(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	if err := py.NoKwargs("chain", kw); err != nil {
		return nil, err
	}
	outer, _ := t.Iter(py.NewTuple(append([]py.Object(nil), args...)))
	return chainNext(it, outer), nil
}

// chainNext yields the items of each iterable outer yields, lazily; it
// holds outer and the iterator of the current one.
func chainNext(it *itIter, outer py.Object) func(*py.Thread) (py.Object, error) {
	var cur py.Object
	it.refs = func(visit func(py.Object)) { visitObjs(visit, outer, cur) }
	return func(t *py.Thread) (py.Object, error) {
		for {
			if cur == nil {
				src, err := t.Next(outer)
				if err != nil || src == nil {
					return nil, err
				}
				if cur, err = t.Iter(src); err != nil {
					return nil, err
				}
			}
			v, err := t.Next(cur)
			if err != nil || v != nil {
				return v, err
			}
			cur = nil
		}
	}
}

// isliceArg converts an islice bound: None or an int in [0, sys.maxsize].
func isliceArg(t *py.Thread, o py.Object, what string) (int64, bool, error) {
	if o == nil || o == py.None {
		return 0, false, nil
	}
	n, err := t.ToInt64(o)
	if err != nil || n < 0 {
		return 0, false, py.Errorf(py.ValueErrorType, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	return n, true, nil
}

func itIslice(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	if err := py.NoKwargs("islice", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 4 {
		if len(args) < 2 {
			return nil, py.Errorf(py.TypeErrorType, "islice expected at least 2 arguments, got %d", len(args))
		}
		return nil, py.Errorf(py.TypeErrorType, "islice expected at most 4 arguments, got %d", len(args))
	}
	var startO, stopO, stepO py.Object = nil, args[1], nil
	if len(args) > 2 {
		startO, stopO = args[1], args[2]
	}
	if len(args) > 3 {
		stepO = args[3]
	}
	stop, hasStop, err := isliceArg(t, stopO, "Stop")
	if err != nil {
		return nil, err
	}
	start, _, err := isliceArg(t, startO, "Indices")
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	}
	step, hasStep, err := isliceArg(t, stepO, "Step")
	if err != nil || (hasStep && step == 0) {
		return nil, py.Errorf(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
	}
	if !hasStep {
		step = 1
	}
	src, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	next, i := start, int64(0)
	it.refs = func(visit func(py.Object)) {
		visit(src)
	}
	return func(t *py.Thread) (py.Object, error) {
		// As CPython: skip to the next index first, then check the stop.
		for ; i < next; i++ {
			v, err := t.Next(src)
			if err != nil || v == nil {
				return nil, err
			}
		}
		if hasStop && i >= stop {
			return nil, nil
		}
		v, err := t.Next(src)
		if err != nil || v == nil {
			return nil, err
		}
		i++
		next += step
		if hasStop && next > stop {
			next = stop
		}
		return v, nil
	}, nil
}

func itZipLongest(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	npos := len(args) - len(kw)
	var fill py.Object = py.None
	for i, k := range kw {
		if k != "fillvalue" {
			return nil, py.Errorf(py.TypeErrorType, "zip_longest() got an unexpected keyword argument '%s'", k)
		}
		fill = args[npos+i]
	}
	its := make([]py.Object, npos)
	for i, a := range args[:npos] {
		it, err := t.Iter(a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	active := npos
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, its...)
		visit(fill)
	}
	return func(t *py.Thread) (py.Object, error) {
		if active == 0 {
			return nil, nil
		}
		out := make([]py.Object, len(its))
		for i, it := range its {
			if it == nil {
				out[i] = fill
				continue
			}
			v, err := t.Next(it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				active--
				if active == 0 {
					return nil, nil
				}
				its[i], v = nil, fill
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	}, nil
}

func itAccumulate(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	a, err := py.UnpackArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
	if err != nil {
		return nil, err
	}
	src, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	fn, total := a[1], a[2]
	if total == py.None {
		total = nil
	}
	first := total != nil
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, src, fn, total)
	}
	return func(t *py.Thread) (py.Object, error) {
		if first {
			first = false
			return total, nil
		}
		v, err := t.Next(src)
		if err != nil || v == nil {
			return nil, err
		}
		switch {
		case total == nil:
			total = v
		case fn == nil || fn == py.None:
			total, err = t.BinaryOp("+", total, v)
		default:
			total, err = t.Call(fn, []py.Object{total, v}, nil)
		}
		return total, err
	}, nil
}

func itPairwise(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	if err := py.NoKwargs("pairwise", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeErrorType, "pairwise expected 1 argument, got %d", len(args))
	}
	src, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	var prev py.Object
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, src, prev)
	}
	return func(t *py.Thread) (py.Object, error) {
		if prev == nil {
			v, err := t.Next(src)
			if err != nil || v == nil {
				return nil, err
			}
			prev = v
		}
		v, err := t.Next(src)
		if err != nil || v == nil {
			return nil, err
		}
		pair := py.NewTuple([]py.Object{prev, v})
		prev = v
		return pair, nil
	}, nil
}

func itBatched(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	a, err := py.UnpackArgs("batched", args, kw, []string{"iterable", "n"}, 2)
	if err != nil {
		return nil, err
	}
	n, err := t.ToInt64(a[1])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, py.Errorf(py.ValueErrorType, "n must be at least one")
	}
	src, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	it.refs = func(visit func(py.Object)) {
		visit(src)
	}
	return func(t *py.Thread) (py.Object, error) {
		var batch []py.Object
		for int64(len(batch)) < n {
			v, err := t.Next(src)
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			batch = append(batch, v)
		}
		if len(batch) == 0 {
			return nil, nil
		}
		return py.NewTuple(batch), nil
	}, nil
}
