package py

// What a host holds out of Python's sight, for the proofs of finalize.go: the objects it keeps,
// and the finalization it asks for when it lets go of some.

// Keep makes o a root of every later proof until as many Releases: the host holds it where no
// Python object can see (a call queued in an executor, a future's result). The host's functions and
// classes marked HostKeeps keep their arguments without being asked.
func (in *Interp) Keep(o Object) {
	if o == nil || atom(o) || !canKey(o) {
		return
	}
	if in.kept == nil {
		in.kept = map[Object]int{}
	}
	in.kept[o]++
}

// Release undoes one Keep of each of objs (the host let go of them); Thread.Dropped then finalizes
// what that left unreachable.
func (in *Interp) Release(objs ...Object) {
	for _, o := range objs {
		if o == nil || atom(o) || !canKey(o) {
			continue
		}
		if n := in.kept[o]; n > 1 {
			in.kept[o] = n - 1
		} else {
			delete(in.kept, o)
		}
	}
}

// Watching reports whether an object that would need finalizing exists (a generator suspended in a
// try/finally, a host iterator with a finalizer); while none does, Dropped does nothing.
func (in *Interp) Watching() bool { return in.watch > 0 }

// Dropped finalizes the watched objects that dropping objs leaves unreachable, on t, as CPython's
// reference counting would when the host let go of them (a worker dropping the call it ran). An
// error is the host's own, stopping the thread; a finalizer's exceptions are printed, not returned.
func (t *Thread) Dropped(objs ...Object) error {
	if t.Interp.watch == 0 {
		return nil
	}
	return t.droppedAll(appendLive(nil, objs), nil)
}

// keepAll keeps each of args.
func (in *Interp) keepAll(args []Object) {
	for _, a := range args {
		in.Keep(a)
	}
}

// hostKeeps reports whether a class in t's MRO is the host's.
func (t *Type) hostKeeps() bool {
	for _, c := range t.MRO {
		if c.HostKeeps {
			return true
		}
	}
	return false
}

// Hold makes the exception keep objs while it lives, as a traceback keeps the locals of the frames
// it left: the arguments of a host method that CPython writes in Python (queue.Queue.put's item
// when it raises Full), kept until the exception goes rather than released at the raise.
func (e *Exception) Hold(objs ...Object) {
	if len(e.held) < maxHeld {
		e.held = appendLive(e.held, objs)
	}
}
