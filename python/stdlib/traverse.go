package stdlib

import "github.com/futurescope/futurescope/python/py"

// Every Go type of this package that is a py.Object says what it holds
// (py.Traverser), as CPython's C types do with tp_traverse: the
// interpreter closes a dropped generator only once a mark from the roots
// proves it unreachable, and one object that cannot say what it holds
// makes every proof fail (traverse_test.go checks that each type has one).

// Traverse visits the iterator's type (a script's subclass, for count and
// repeat) and what its next holds: its source, function and saved items.
// An iterator whose constructor did not say (refs nil) fails the proof.
func (it *itIter) Traverse(visit func(py.Object)) bool {
	visit(it.typ)
	if it.refs == nil {
		return false
	}
	it.refs(visit)
	return true
}

// Traverse visits the deque's items, front to back: the ring's two runs,
// from head to the end of the buffer, then from its start.
func (q *ringDeque) Traverse(visit func(py.Object)) bool {
	if q.n == 0 {
		return true
	}
	end := min(q.head+q.n, len(q.buf))
	visitObjs(visit, q.buf[q.head:end]...)
	visitObjs(visit, q.buf[:q.n-(end-q.head)]...)
	return true
}

// Traverse reports that a compiled pattern holds Go regexps only.
func (*rePattern) Traverse(func(py.Object)) bool { return true }

// Traverse reports that a Mersenne Twister holds words only.
func (*mersenne) Traverse(func(py.Object)) bool { return true }

// Traverse reports that a running digest holds its name and Go state only.
func (*hashObj) Traverse(func(py.Object)) bool { return true }

// visitObjs visits each of objs that is not nil, in order.
func visitObjs(visit func(py.Object), objs ...py.Object) {
	for _, o := range objs {
		if o != nil {
			visit(o)
		}
	}
}
