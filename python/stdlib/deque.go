package stdlib

import (
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// collections.deque keeps its items in a Go ring buffer (ringDeque, the
// instance's _q attribute); its methods are Go, so they cost no
// interpreted steps and show no frames in a traceback, as CPython's C
// deque. lib/collections.py's deque derives from _collections.deque_base
// and adds what the interpreter only takes from Python (__init__, __repr__,
// comparisons).

var (
	dequeBase     = goType("deque_base", "_collections")
	ringType      = goType("deque_ring", "_collections")
	dequeIterType = goType("_deque_iterator", "_collections")
)

// ringDeque is a double-ended queue: n items from head, wrapping around.
type ringDeque struct {
	buf     []py.Object
	head, n int
	maxlen  int // -1: unbounded
	// version changes with every mutation, so iterators can detect one.
	version int
}

// Type returns the ring's type.
func (*ringDeque) Type() *py.Type { return ringType }

func (q *ringDeque) at(i int) *py.Object { return &q.buf[(q.head+i)%len(q.buf)] }

func (q *ringDeque) grow() {
	if q.n < len(q.buf) {
		return
	}
	nb := make([]py.Object, max(8, 2*len(q.buf)))
	for i := 0; i < q.n; i++ {
		nb[i] = *q.at(i)
	}
	q.buf, q.head = nb, 0
}

func (q *ringDeque) pushBack(v py.Object) {
	q.version++
	if q.maxlen == 0 {
		return
	}
	if q.maxlen > 0 && q.n == q.maxlen {
		q.popFront()
	}
	q.grow()
	*q.at(q.n) = v
	q.n++
}

func (q *ringDeque) pushFront(v py.Object) {
	q.version++
	if q.maxlen == 0 {
		return
	}
	if q.maxlen > 0 && q.n == q.maxlen {
		q.popBack()
	}
	q.grow()
	q.head = (q.head + len(q.buf) - 1) % len(q.buf)
	q.buf[q.head] = v
	q.n++
}

func (q *ringDeque) popFront() py.Object {
	q.version++
	v := *q.at(0)
	*q.at(0) = nil
	q.head = (q.head + 1) % len(q.buf)
	q.n--
	return v
}

func (q *ringDeque) popBack() py.Object {
	q.version++
	p := q.at(q.n - 1)
	v := *p
	*p = nil
	q.n--
	return v
}

// items returns the items in order (a copy).
func (q *ringDeque) items() []py.Object {
	out := make([]py.Object, q.n)
	for i := range out {
		out[i] = *q.at(i)
	}
	return out
}

// setItems replaces the contents, keeping maxlen's newest items.
func (q *ringDeque) setItems(vs []py.Object) {
	if q.maxlen >= 0 && len(vs) > q.maxlen {
		vs = vs[len(vs)-q.maxlen:]
	}
	q.buf = append(make([]py.Object, 0, max(8, len(vs))), vs...)
	q.buf = q.buf[:cap(q.buf)]
	q.head, q.n = 0, len(vs)
	q.version++
}

// ringOf returns the ring of a deque instance.
func ringOf(t *py.Thread, self py.Object) (*ringDeque, error) {
	v, err := t.GetAttr(self, nameQ)
	if err != nil {
		return nil, err
	}
	q, ok := v.(*ringDeque)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "deque: the instance has no ring")
	}
	return q, nil
}

// dequeMethod adapts a method on the ring.
func dequeMethod(fn func(t *py.Thread, q *ringDeque, args []py.Object) (py.Object, error), name string, nargs int) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if err := py.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if nargs >= 0 && len(args) != nargs {
			if nargs == 0 {
				return nil, py.Errorf(py.TypeErrorType, "deque.%s() takes no arguments (%d given)", name, len(args))
			}
			return nil, py.Errorf(py.TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, len(args))
		}
		q, err := ringOf(t, self)
		if err != nil {
			return nil, err
		}
		return fn(t, q, args)
	}
}

func init() {
	ringType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0)
		if err != nil {
			return nil, err
		}
		q := &ringDeque{maxlen: -1}
		if a[1] != nil && a[1] != py.None {
			n, err := t.ToInt64(a[1])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.Errorf(py.ValueErrorType, "maxlen must be non-negative")
			}
			q.maxlen = int(n)
		}
		if a[0] != nil {
			vs, err := collect(t, a[0])
			if err != nil {
				return nil, err
			}
			q.setItems(vs)
		}
		return q, nil
	}
	py.RegisterMethods(dequeBase, dequeMethods())
	py.RegisterMethods(dequeIterType, map[string]py.MethodFunc{"__iter__": itSelf, "__next__": itNext})
	py.RegisterCoreModule("_collections", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_collections")
		m.SetAttr("deque_base", dequeBase)
		m.SetAttr("deque_ring", ringType)
		return m, nil
	})
}

// reprItems is the list repr of the deque's items, "[...]" when the deque
// is being printed already (it contains itself).
func reprItems(t *py.Thread, q *ringDeque) (py.Object, error) {
	parts := make([]string, q.n)
	for i := range parts {
		s, err := t.Repr(*q.at(i))
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return py.NewStr("[" + strings.Join(parts, ", ") + "]"), nil
}
