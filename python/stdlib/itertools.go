package stdlib

import (
	"github.com/futurescope/futurescope/python/py"
)

// The itertools module, in Go as CPython's is in C: lazy iterators whose
// frames never appear in a traceback and whose steps cost no interpreted
// instructions. Go's module is _itertools; lib/itertools.py re-exports it
// and gives count and repeat their reprs (the interpreter prints Go
// objects with a __repr__ of Python only).
//
// Has: count cycle repeat chain (chain.from_iterable) islice zip_longest
// product permutations combinations combinations_with_replacement
// accumulate groupby starmap takewhile dropwhile filterfalse compress tee
// pairwise batched. Lacks: pickling and copying the iterators.

// itIter is an itertools iterator: next returns nil, nil when exhausted,
// after which it is never called again. typ may be a subclass written in
// Python (lib/itertools.py's count and repeat).
type itIter struct {
	typ  *py.Type
	next func(t *py.Thread) (py.Object, error)
	repr func(t *py.Thread) (string, error)
	// refs visits the objects next holds (traverse.go); nil when unknown,
	// which makes every proof that meets the iterator fail.
	refs func(visit func(py.Object))
	done bool
}

// Type returns the iterator's itertools type.
func (it *itIter) Type() *py.Type { return it.typ }

// itTypes are the itertools types, by name.
var itTypes = map[string]*py.Type{}

// ctor makes an itertools constructor: the type of that name whose call
// runs make, which returns the iterator's next and sets it.refs.
type ctor func(t *py.Thread, it *itIter, args []py.Object, kw []string) (func(*py.Thread) (py.Object, error), error)

func itType(name string, make ctor) *py.Type {
	typ := goType(name, "itertools")
	typ.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		it := &itIter{typ: cls}
		next, err := make(t, it, args, kw)
		if err != nil {
			return nil, err
		}
		it.next = next
		return it, nil
	}
	py.RegisterMethods(typ, map[string]py.MethodFunc{"__iter__": itSelf, "__next__": itNext, "_repr": itRepr})
	itTypes[name] = typ
	return typ
}

func itSelf(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	return self, nil
}

func itNext(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	it, ok := self.(*itIter)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "__next__: not an itertools iterator")
	}
	if it.done {
		return nil, py.NewException(py.StopIterationType)
	}
	v, err := it.next(t)
	if err == nil && v == nil {
		it.done = true
		return nil, py.NewException(py.StopIterationType)
	}
	return v, err
}

func itRepr(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	it, ok := self.(*itIter)
	if ok && it.repr != nil {
		s, err := it.repr(t)
		return py.NewStr(s), err
	}
	return py.NewStr("<" + self.Type().QualName() + " object at " + hexID(t, self) + ">"), nil
}

func hexID(t *py.Thread, o py.Object) string {
	return "0x" + formatHex(t.Interp.ID(o))
}

func formatHex(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var b []byte
	for ; v > 0; v >>= 4 {
		b = append([]byte{digits[v&15]}, b...)
	}
	return string(b)
}

// fromSlice iterates a fixed list of values, which it holds.
func fromSlice(it *itIter, vs []py.Object) func(*py.Thread) (py.Object, error) {
	i := 0
	it.refs = func(visit func(py.Object)) { visitObjs(visit, vs...) }
	return func(*py.Thread) (py.Object, error) {
		if i >= len(vs) {
			return nil, nil
		}
		i++
		return vs[i-1], nil
	}
}

// collect reads o to the end.
func collect(t *py.Thread, o py.Object) ([]py.Object, error) {
	var out []py.Object
	err := t.Iterate(o, func(v py.Object) (bool, error) { out = append(out, v); return true, nil })
	return out, err
}

func init() {
	for name, make := range map[string]ctor{
		"count": nil, "repeat": nil, "cycle": itCycle, "chain": itChain, "islice": itIslice,
		"zip_longest": itZipLongest, "product": itProduct, "permutations": itPermutations,
		"combinations": itCombinations, "combinations_with_replacement": itCWR,
		"accumulate": itAccumulate, "starmap": itStarmap, "takewhile": itTakewhile,
		"dropwhile": itDropwhile, "filterfalse": itFilterfalse, "compress": itCompress,
		"pairwise": itPairwise, "batched": itBatched, "groupby": nil, "_grouper": nil, "_tee": nil,
	} {
		if make != nil {
			itType(name, make)
		}
	}
	initCountRepeat()
	initGroupby()
	// The iterators that call a function hold, while it runs, only its arguments and what their refs
	// report: a proof sees through them (py.Type.Transparent).
	for _, name := range []string{"starmap", "takewhile", "dropwhile", "filterfalse", "accumulate", "groupby", "_grouper"} {
		itTypes[name].Transparent = true
	}
	initTee()
	chain := itTypes["chain"]
	chain.SetAttr("from_iterable", py.NewBuiltin("from_iterable", func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := py.NoKwargs("from_iterable", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeErrorType, "chain.from_iterable() takes exactly one argument (%d given)", len(args))
		}
		outer, err := t.Iter(args[0])
		if err != nil {
			return nil, err
		}
		it := &itIter{typ: chain}
		it.next = chainNext(it, outer)
		return it, nil
	}))
	py.RegisterCoreModule("_itertools", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_itertools")
		for _, name := range sortedNames(itTypes) {
			if name[0] != '_' {
				m.SetAttr(name, itTypes[name])
			}
		}
		m.SetAttr("tee", py.NewBuiltin("tee", itTee))
		return m, nil
	})
}
