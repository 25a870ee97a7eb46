package stdlib

import "github.com/futurescope/futurescope/python/py"

func pick(pool []py.Object, idx []int) py.Object {
	out := make([]py.Object, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return py.NewTuple(out)
}

func itProduct(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	npos := len(args) - len(kw)
	repeat := int64(1)
	for i, k := range kw {
		if k != "repeat" {
			return nil, py.Errorf(py.TypeErrorType, "product() got an unexpected keyword argument '%s'", k)
		}
		r, err := t.ToInt64(args[npos+i])
		if err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, py.Errorf(py.ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = r
	}
	var pools [][]py.Object
	for _, a := range args[:npos] {
		p, err := collect(t, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, p)
	}
	var all [][]py.Object
	for r := int64(0); r < repeat; r++ {
		all = append(all, pools...)
	}
	idx := make([]int, len(all))
	started, done := false, false
	for _, p := range all {
		done = done || len(p) == 0
	}
	it.refs = func(visit func(py.Object)) {
		for _, p := range pools {
			visitObjs(visit, p...)
		}
	}
	return func(*py.Thread) (py.Object, error) {
		if done {
			return nil, nil
		}
		if started {
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				done = true
				return nil, nil
			}
		}
		started = true
		out := make([]py.Object, len(idx))
		for i, j := range idx {
			out[i] = all[i][j]
		}
		return py.NewTuple(out), nil
	}, nil
}

// poolAndR unpacks (iterable, r) with r optional (defaulting to the pool's
// length) when optional.
func poolAndR(t *py.Thread, name string, args []py.Object, kw []string, optional bool) ([]py.Object, int, error) {
	min := 2
	if optional {
		min = 1
	}
	a, err := py.UnpackArgs(name, args, kw, []string{"iterable", "r"}, min)
	if err != nil {
		return nil, 0, err
	}
	pool, err := collect(t, a[0])
	if err != nil {
		return nil, 0, err
	}
	r := int64(len(pool))
	if a[1] != nil && a[1] != py.None {
		if r, err = t.ToInt64(a[1]); err != nil {
			return nil, 0, err
		}
		if r < 0 {
			return nil, 0, py.Errorf(py.ValueErrorType, "r must be non-negative")
		}
	}
	return pool, int(min64(r, 1<<30)), nil
}

func min64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}

func itPermutations(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	pool, r, err := poolAndR(t, "permutations", args, kw, true)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	if r > n {
		return fromSlice(it, nil), nil
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	first := true
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, pool...)
	}
	return func(*py.Thread) (py.Object, error) {
		if first {
			first = false
			return pick(pool, idx[:r]), nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				moved := idx[i]
				copy(idx[i:], idx[i+1:])
				idx[n-1] = moved
				cycles[i] = n - i
				continue
			}
			j := cycles[i]
			idx[i], idx[n-j] = idx[n-j], idx[i]
			return pick(pool, idx[:r]), nil
		}
		return nil, nil
	}, nil
}

func itCombinations(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	pool, r, err := poolAndR(t, "combinations", args, kw, false)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	if r > n {
		return fromSlice(it, nil), nil
	}
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	first := true
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, pool...)
	}
	return func(*py.Thread) (py.Object, error) {
		if first {
			first = false
			return pick(pool, idx), nil
		}
		i := r - 1
		for ; i >= 0 && idx[i] == i+n-r; i-- {
		}
		if i < 0 {
			return nil, nil
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
		return pick(pool, idx), nil
	}, nil
}

func itCWR(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error) {
	pool, r, err := poolAndR(t, "combinations_with_replacement", args, kw, false)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	if n == 0 && r > 0 {
		return fromSlice(it, nil), nil
	}
	idx := make([]int, r)
	first := true
	it.refs = func(visit func(py.Object)) {
		visitObjs(visit, pool...)
	}
	return func(*py.Thread) (py.Object, error) {
		if first {
			first = false
			return pick(pool, idx), nil
		}
		i := r - 1
		for ; i >= 0 && idx[i] == n-1; i-- {
		}
		if i < 0 {
			return nil, nil
		}
		v := idx[i] + 1
		for j := i; j < r; j++ {
			idx[j] = v
		}
		return pick(pool, idx), nil
	}, nil
}
