package stdlib

import "github.com/futurescope/futurescope/python/py"

// bisectArgs unpacks (a, x, lo=0, hi=len(a), *, key=None).
func bisectArgs(t *py.Thread, name string, args []py.Object, kw []string) (a, x py.Object, lo, hi int64, key py.Object, err error) {
	v, err := py.UnpackArgs(name, args, kw, []string{"a", "x", "lo", "hi", "key"}, 2)
	if err != nil {
		return
	}
	a, x, key = v[0], v[1], v[4]
	if v[2] != nil {
		if lo, err = t.ToInt64(v[2]); err != nil {
			return
		}
		if lo < 0 {
			err = py.Errorf(py.ValueErrorType, "lo must be non-negative")
			return
		}
	}
	if v[3] == nil || v[3] == py.None {
		n, lerr := t.Len(a)
		hi, err = int64(n), lerr
	} else {
		hi, err = t.ToInt64(v[3])
	}
	return
}

// bisectFind returns the insertion point of x in a[lo:hi]: after equal
// items if right, before them otherwise.
func bisectFind(t *py.Thread, a, x py.Object, lo, hi int64, key py.Object, right bool) (int64, error) {
	for lo < hi {
		mid := int64(uint64(lo+hi) >> 1)
		item, err := t.GetItem(a, py.MakeInt(mid))
		if err != nil {
			return 0, err
		}
		if key != nil && key != py.None {
			if item, err = t.Call(key, []py.Object{item}, nil); err != nil {
				return 0, err
			}
		}
		var goLeft bool
		if right {
			goLeft, err = t.Less(x, item)
		} else {
			var less bool
			less, err = t.Less(item, x)
			goLeft = !less
		}
		if err != nil {
			return 0, err
		}
		if goLeft {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectFunc(name string, right, insert bool) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, x, lo, hi, key, err := bisectArgs(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		probe := x
		if insert && key != nil && key != py.None {
			if probe, err = t.Call(key, []py.Object{x}, nil); err != nil {
				return nil, err
			}
		}
		i, err := bisectFind(t, a, probe, lo, hi, key, right)
		if err != nil || !insert {
			return py.MakeInt(i), err
		}
		if l, ok := a.(*py.List); ok {
			l.V = append(l.V, nil)
			copy(l.V[i+1:], l.V[i:])
			l.V[i] = x
			return py.None, nil
		}
		_, err = t.CallMethod(a, "insert", py.MakeInt(i), x)
		return py.None, err
	}
}

func init() {
	py.RegisterCoreModule("_bisect", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_bisect")
		for _, f := range []struct {
			name          string
			right, insert bool
		}{{"bisect_left", false, false}, {"bisect_right", true, false}, {"insort_left", false, true}, {"insort_right", true, true}} {
			b := py.NewBuiltin(f.name, bisectFunc(f.name, f.right, f.insert))
			b.Module = "_bisect"
			m.SetAttr(f.name, b)
		}
		return m, nil
	})
}
