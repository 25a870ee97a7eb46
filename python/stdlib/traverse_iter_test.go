package stdlib

import (
	"io"
	"maps"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestItertoolsSayWhatTheyHold builds every itertools iterator through its
// type and checks that Traverse visits the iterators, function and items it
// was given: an iterator that hid one could let a generator it holds be
// closed while the script can still resume it.
func TestItertoolsSayWhatTheyHold(t *testing.T) {
	th := py.NewInterp(io.Discard, io.Discard).NewThread()
	item := py.NewInstance(py.ObjectType)
	fn := py.NewBuiltin("pred", func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return py.True, nil
	})
	src := func() py.Object {
		it, err := th.Iter(py.NewList([]py.Object{item, item, item}))
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	pool := py.NewList([]py.Object{item})
	cases := map[string]func() ([]py.Object, []py.Object){ // the arguments, and what must be visited
		"count":       func() ([]py.Object, []py.Object) { return []py.Object{py.MakeInt(7)}, nil },
		"repeat":      func() ([]py.Object, []py.Object) { return []py.Object{item}, []py.Object{item} },
		"cycle":       func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s}, []py.Object{s} },
		"chain":       func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s}, nil },
		"islice":      func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s, py.MakeInt(2)}, []py.Object{s} },
		"zip_longest": func() ([]py.Object, []py.Object) { a, b := src(), src(); return []py.Object{a, b}, []py.Object{a, b} },
		"accumulate":  func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s, fn}, []py.Object{s, fn} },
		"pairwise":    func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s}, []py.Object{s} },
		"batched":     func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s, py.MakeInt(2)}, []py.Object{s} },
		"starmap": func() ([]py.Object, []py.Object) {
			s, err := th.Iter(py.NewList([]py.Object{py.NewTuple([]py.Object{item}), py.NewTuple(nil)}))
			if err != nil {
				t.Fatal(err)
			}
			return []py.Object{fn, s}, []py.Object{fn, s}
		},
		"takewhile":    func() ([]py.Object, []py.Object) { s := src(); return []py.Object{fn, s}, []py.Object{fn, s} },
		"dropwhile":    func() ([]py.Object, []py.Object) { s := src(); return []py.Object{fn, s}, []py.Object{fn, s} },
		"filterfalse":  func() ([]py.Object, []py.Object) { s := src(); return []py.Object{fn, s}, []py.Object{fn, s} },
		"compress":     func() ([]py.Object, []py.Object) { a, b := src(), src(); return []py.Object{a, b}, []py.Object{a, b} },
		"product":      func() ([]py.Object, []py.Object) { return []py.Object{pool}, []py.Object{item} },
		"permutations": func() ([]py.Object, []py.Object) { return []py.Object{pool}, []py.Object{item} },
		"combinations": func() ([]py.Object, []py.Object) { return []py.Object{pool, py.MakeInt(1)}, []py.Object{item} },
		"combinations_with_replacement": func() ([]py.Object, []py.Object) {
			return []py.Object{pool, py.MakeInt(1)}, []py.Object{item}
		},
		"groupby": func() ([]py.Object, []py.Object) { s := src(); return []py.Object{s, fn}, []py.Object{s, fn} },
	}
	for _, name := range slices.Sorted(maps.Keys(itTypes)) {
		if name[0] == '_' {
			continue // made by groupby and tee only, below
		}
		t.Run(name, func(t *testing.T) {
			mk, ok := cases[name]
			if !ok {
				t.Fatalf("itertools.%s has no case here", name)
			}
			args, want := mk()
			it, err := th.Call(itTypes[name], args, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Before the first item, and after it (when the state has moved on).
			for step := range 2 {
				seen := visited(t, it)
				if !seen[it.Type()] {
					t.Errorf("Traverse does not visit the iterator's type")
				}
				for _, w := range want {
					if !seen[w] {
						t.Errorf("after %d items, Traverse does not visit %s", step, w.Type().Name)
					}
				}
				if _, err := th.Next(it); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestChainVisitsTheIterableItIsIn: chain holds the iterator of the
// iterable it reads now, and chain.from_iterable its outer iterator.
func TestChainVisitsTheIterableItIsIn(t *testing.T) {
	th := py.NewInterp(io.Discard, io.Discard).NewThread()
	inner, err := th.Iter(py.NewList([]py.Object{py.MakeInt(1), py.MakeInt(2)}))
	if err != nil {
		t.Fatal(err)
	}
	outer, err := th.Iter(py.NewList([]py.Object{inner}))
	if err != nil {
		t.Fatal(err)
	}
	fromIt, err := th.GetAttrString(itTypes["chain"], "from_iterable")
	if err != nil {
		t.Fatal(err)
	}
	c, err := th.Call(fromIt, []py.Object{outer}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !visited(t, c)[outer] {
		t.Error("chain.from_iterable does not visit its outer iterator")
	}
	if _, err := th.Next(c); err != nil {
		t.Fatal(err)
	}
	if !visited(t, c)[inner] {
		t.Error("chain does not visit the iterator it is reading")
	}
}

// TestTeeGroupsAndDequeIteratorsSayWhatTheyHold covers the iterators made
// by a function or a method rather than a type.
func TestTeeGroupsAndDequeIteratorsSayWhatTheyHold(t *testing.T) {
	th := py.NewInterp(io.Discard, io.Discard).NewThread()
	item := py.NewInstance(py.ObjectType)
	src, err := th.Iter(py.NewList([]py.Object{item, item}))
	if err != nil {
		t.Fatal(err)
	}
	tees, err := itTee(th, []py.Object{src}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, b := tees.(*py.Tuple).V[0], tees.(*py.Tuple).V[1]
	if _, err := th.Next(a); err != nil {
		t.Fatal(err)
	}
	for _, it := range []py.Object{a, b} {
		if seen := visited(t, it); !seen[src] || !seen[item] {
			t.Errorf("a tee iterator visits %v, want its source and the item buffered for the other", seen)
		}
	}

	key := py.NewBuiltin("key", func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(0), nil
	})
	src2, _ := th.Iter(py.NewList([]py.Object{item, item}))
	gb, err := th.Call(itTypes["groupby"], []py.Object{src2, key}, nil)
	if err != nil {
		t.Fatal(err)
	}
	kv, err := th.Next(gb)
	if err != nil {
		t.Fatal(err)
	}
	if seen := visited(t, kv.(*py.Tuple).V[1]); !seen[src2] || !seen[key] || !seen[item] {
		t.Errorf("a groupby group visits %v, want the source, the key function and the current item", seen)
	}

	q := &ringDeque{maxlen: -1}
	q.setItems([]py.Object{item})
	if seen := visited(t, q); !seen[item] {
		t.Error("a deque does not visit its items")
	}
	it, err := dequeIter(false)(th, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !visited(t, it)[q] {
		t.Error("a deque iterator does not visit its deque")
	}
}

// TestDequeVisitsItsItemsInOrder: a deque whose items wrap around the end
// of its ring visits them front to back, each once.
func TestDequeVisitsItsItemsInOrder(t *testing.T) {
	for _, front := range []int{0, 1, 3, 8, 13} {
		q := &ringDeque{maxlen: -1}
		for i := range 5 {
			q.pushBack(py.MakeInt(int64(i)))
		}
		for i := range front {
			q.pushFront(py.MakeInt(int64(-1 - i)))
		}
		q.popBack()
		var got []py.Object
		if !q.Traverse(func(o py.Object) { got = append(got, o) }) {
			t.Fatal("Traverse reports it cannot say")
		}
		if want := q.items(); !slices.Equal(got, want) {
			t.Errorf("with %d pushed at the front: visits %v, want %v", front, got, want)
		}
	}
}
