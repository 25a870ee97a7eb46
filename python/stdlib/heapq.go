package stdlib

import "github.com/futurescope/futurescope/python/py"

// _heapq and _bisect: the functions CPython writes in C, here in Go, so they
// cost no interpreted steps and show no frames in tracebacks.
// lib/heapq.py and lib/bisect.py import them, as CPython's modules do.

func heapList(name string, o py.Object) (*py.List, error) {
	l, ok := o.(*py.List)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s() argument 1 must be list, not %s", name, o.Type().Name)
	}
	return l, nil
}

// siftDown moves heap[pos] up towards startpos to its place.
func siftDown(t *py.Thread, heap *py.List, startpos, pos int) error {
	item := heap.V[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap.V[parentpos]
		lt, err := t.Less(item, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		heap.V[pos] = parent
		pos = parentpos
	}
	heap.V[pos] = item
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, then sifts
// the item at pos into place (CPython's algorithm: fewer comparisons).
func siftUp(t *py.Thread, heap *py.List, pos int) error {
	end, start := len(heap.V), pos
	item := heap.V[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := t.Less(heap.V[child], heap.V[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		if len(heap.V) != end {
			return py.Errorf(py.RuntimeErrorType, "list changed size during iteration")
		}
		heap.V[pos] = heap.V[child]
		pos = child
		child = 2*pos + 1
	}
	heap.V[pos] = item
	return siftDown(t, heap, start, pos)
}

func twoArgs(name string, args []py.Object, kw []string) error {
	if err := py.NoKwargs(name, kw); err != nil {
		return err
	}
	if len(args) != 2 {
		return py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	return nil
}

func heappush(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := twoArgs("heappush", args, kw); err != nil {
		return nil, err
	}
	heap, err := heapList("heappush", args[0])
	if err != nil {
		return nil, err
	}
	heap.V = append(heap.V, args[1])
	return py.None, siftDown(t, heap, 0, len(heap.V)-1)
}

func heappop(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		return nil, py.Errorf(py.TypeErrorType, "heappop() takes exactly one argument (%d given)", len(args))
	}
	heap, err := heapList("heappop", args[0])
	if err != nil {
		return nil, err
	}
	n := len(heap.V)
	if n == 0 {
		return nil, py.Errorf(py.IndexErrorType, "index out of range")
	}
	last := heap.V[n-1]
	heap.V[n-1] = nil
	heap.V = heap.V[:n-1]
	if n == 1 {
		return last, nil
	}
	top := heap.V[0]
	heap.V[0] = last
	return top, siftUp(t, heap, 0)
}

func heapreplace(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := twoArgs("heapreplace", args, kw); err != nil {
		return nil, err
	}
	heap, err := heapList("heapreplace", args[0])
	if err != nil {
		return nil, err
	}
	if len(heap.V) == 0 {
		return nil, py.Errorf(py.IndexErrorType, "index out of range")
	}
	top := heap.V[0]
	heap.V[0] = args[1]
	return top, siftUp(t, heap, 0)
}

func heappushpop(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := twoArgs("heappushpop", args, kw); err != nil {
		return nil, err
	}
	heap, err := heapList("heappushpop", args[0])
	if err != nil {
		return nil, err
	}
	item := args[1]
	if len(heap.V) == 0 {
		return item, nil
	}
	lt, err := t.Less(heap.V[0], item)
	if err != nil || !lt {
		return item, err
	}
	top := heap.V[0]
	heap.V[0] = item
	return top, siftUp(t, heap, 0)
}

func heapify(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		return nil, py.Errorf(py.TypeErrorType, "heapify() takes exactly one argument (%d given)", len(args))
	}
	heap, err := heapList("heapify", args[0])
	if err != nil {
		return nil, err
	}
	for i := len(heap.V)/2 - 1; i >= 0; i-- {
		if err := siftUp(t, heap, i); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func init() {
	py.RegisterCoreModule("_heapq", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_heapq")
		funcs := map[string]py.BuiltinFunc{"heappush": heappush, "heappop": heappop,
			"heapreplace": heapreplace, "heappushpop": heappushpop, "heapify": heapify}
		for _, name := range sortedNames(funcs) {
			b := py.NewBuiltin(name, funcs[name])
			b.Module = "_heapq"
			m.SetAttr(name, b)
		}
		return m, nil
	})
}
