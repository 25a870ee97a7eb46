package stdlib

import (
	"github.com/futurescope/futurescope/python/py"
)

// The call paths of functools (partial, reduce, the lru_cache wrapper) are
// written in Go, as CPython writes them in C: a traceback through them shows
// no frame of functools, only the user's. lib/functools.py builds the rest on
// the hidden module _functools.

var (
	// partialBase is the base of functools.partial: __call__ on the
	// instance's func, args and keywords.
	partialBase = goType("partial_base", "_functools")
	// lruBase is the base of the lru_cache wrapper: __call__ through the
	// cache in the instance's attributes (functools_lru.go).
	lruBase = goType("lru_base", "_functools")
	// kwdMark separates positional from keyword arguments in cache keys.
	kwdMark = py.NewInstance(py.ObjectType)
)

func init() {
	// Their calls hold only the instance's attributes and the call's arguments while the function
	// runs, and reduce Holds its accumulator: a proof sees through them (py.Type.Transparent).
	partialBase.Transparent = true
	lruBase.Transparent = true
	py.RegisterMethods(partialBase, map[string]py.MethodFunc{"__call__": partialCall})
	py.RegisterMethods(lruBase, map[string]py.MethodFunc{"__call__": lruCall})
	py.RegisterCoreModule("_functools", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_functools")
		m.SetAttr("partial_base", partialBase)
		m.SetAttr("lru_base", lruBase)
		reduce := py.NewBuiltin("reduce", functoolsReduce)
		reduce.Module = "functools"
		reduce.Transparent = true
		m.SetAttr("reduce", reduce)
		return m, nil
	})
}

// partialCall calls self.func with self.args, then the call's positional
// arguments, self.keywords overridden by the call's keywords.
func partialCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	fn, err := t.GetAttr(self, nameFunc)
	if err != nil {
		return nil, err
	}
	pa, err := t.GetAttr(self, nameArgs)
	if err != nil {
		return nil, err
	}
	pk, err := t.GetAttr(self, nameKeywords)
	if err != nil {
		return nil, err
	}
	pargs, _ := pa.(*py.Tuple)
	pkw, _ := pk.(*py.Dict)
	if pargs == nil || pkw == nil {
		return nil, py.Errorf(py.TypeErrorType, "partial: args must be a tuple and keywords a dict")
	}
	npos := len(args) - len(kw)
	all := make([]py.Object, 0, len(pargs.V)+len(args)+pkw.Len())
	all = append(all, pargs.V...)
	all = append(all, args[:npos]...)
	var names []string
	for _, kv := range pkw.Items() {
		k, ok := kv[0].(*py.Str)
		if !ok || contains(kw, k.S) {
			continue
		}
		names = append(names, k.S)
		all = append(all, kv[1])
	}
	names = append(names, kw...)
	all = append(all, args[npos:]...)
	return t.Call(fn, all, names)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// functoolsReduce is functools.reduce(function, iterable[, initial]).
func functoolsReduce(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := py.NoKwargs("reduce", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 3 {
		if len(args) < 2 {
			return nil, py.Errorf(py.TypeErrorType, "reduce expected at least 2 arguments, got %d", len(args))
		}
		return nil, py.Errorf(py.TypeErrorType, "reduce expected at most 3 arguments, got %d", len(args))
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	it, err := t.Iter(args[1])
	if err != nil {
		return nil, py.Errorf(py.TypeErrorType, "reduce() arg 2 must support iteration")
	}
	held := []py.Object{acc, it} // while the iterable's or the function's Python code runs
	defer t.Unhold(t.Hold(held))
	err = t.Iterate(it, func(v py.Object) (bool, error) {
		if acc == nil {
			acc = v
			held[0] = acc
			return true, nil
		}
		r, err := t.Call(args[0], []py.Object{acc, v}, nil)
		acc = r
		held[0] = acc
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	if acc == nil {
		return nil, py.Errorf(py.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}
