package script

import "github.com/futurescope/futurescope/python/py"

// A queue holds its items only while they are in it, as CPython's does: the simulator's door keeps
// every argument of a queue's method (traverse_host.go), and the queue lets go of them when the
// call returns, all but the item it stored, which it lets go of when a get takes it out (or a
// shutdown(immediate=True) drops it). So a generator that only the queue held is finalized where
// CPython's reference counting closes it: where the thread that got it drops it.

// letGo undoes the door's keep of a queue method's arguments, but for stored, the item the call put
// in the queue (nil if none). When the call fails, its exception holds them instead, as the
// traceback of CPython's Queue method (written in Python) holds its frame's locals; SimpleQueue's
// methods are C functions in CPython, whose arguments no traceback holds (inTraceback false).
func (ps *proc) letGo(args []py.Object, stored py.Object, err error, inTraceback bool) {
	for _, a := range args {
		if a == stored && stored != nil {
			stored = nil // the one the queue holds now
			continue
		}
		ps.in.Release(a)
	}
	if e, ok := err.(*py.Exception); ok && inTraceback {
		e.Hold(args...)
	}
}

// taken lets go of an item a get took out of the queue: the caller holds it now.
func (ps *proc) taken(item py.Object) {
	if item != nil {
		ps.in.Release(item)
	}
}

// orNone is what a method that returns None gives back: None, or err.
func orNone(err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.None, nil
}
