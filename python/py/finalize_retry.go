package py

// Proofs that Go code blocked, and the ways Go code lets the mark see through it (finalize_go.go).
//
// A proof made while a frame waits on Go code that may hold objects out of sight fails, but not for
// good: the dropped generator is remembered on that frame (Frame.retry) and proved again once that
// Go call returns, when what the Go code held is either dropped or handed back where the mark can see
// it (CPython would have closed it by then, when the C function released its references). Go code
// that holds objects while it runs Python code can instead say what it holds (Thread.Hold), and a Go
// function or class whose calls hold nothing else is marked Transparent, so the proof goes through
// at once.

// goBlocker returns the frame, other than exec, waiting on Go code that may hold objects out of
// sight, or nil: the innermost such frame of mine, the thread that runs the proof, is looked for
// first, as its call returns first.
func (in *Interp) goBlocker(mine *Thread, exec *Frame) *Frame {
	for f := mine.frame; f != nil; f = f.back {
		if f != exec && goHolds(f) {
			return f
		}
	}
	for _, th := range in.threads {
		if th == mine {
			continue
		}
		for f := th.frame; f != nil; f = f.back {
			if f != exec && goHolds(f) {
				return f
			}
		}
	}
	return nil
}

// retryLater remembers o, whose proof the Go call f waits on made fail, to prove it again when that
// call returns.
func (f *Frame) retryLater(o Object) {
	for _, x := range f.retry {
		if x == o {
			return
		}
	}
	f.retry = append(f.retry, o)
}

// retryDropped proves again the watched objects whose proof failed while f waited on the Go call
// that just returned (r, or the exception err), and finalizes those now unreachable; each is
// finalized once (one closed meanwhile is no longer watched). It returns the host's error that
// stopped the thread, if any.
func (t *Thread) retryDropped(f *Frame, r Object, err error) error {
	cands := f.retry
	f.retry = nil
	s := t.search()
	for _, c := range cands {
		if pendingFinal(c) {
			s.out = append(s.out, c)
		}
	}
	keep := []Object{r}
	if e, ok := err.(*Exception); ok {
		keep[0] = e
	}
	return t.finalizeFound(s, keep, f)
}

// Hold makes the objects of vs roots of every proof (finalize.go) until Unhold: Go code that keeps
// them in Go variables while it runs Python code says so, so the proof can go through it. vs is
// read at each proof, so items stored into it later are seen; a slice that grows is named again with
// Rehold. It returns the mark to give Rehold and Unhold.
func (t *Thread) Hold(vs []Object) int {
	t.held = append(t.held, vs)
	return len(t.held) - 1
}

// Rehold replaces the slice held at mark (one that grew, or a new value held in its place).
func (t *Thread) Rehold(mark int, vs []Object) { t.held[mark] = vs }

// Unhold lets go of what Hold held at mark and everything held after it.
func (t *Thread) Unhold(mark int) {
	clear(t.held[mark:])
	t.held = t.held[:mark]
}

// truthHolding is Truth of o while v, which only Go holds, is held (filter's item while the
// predicate's result's __bool__ runs).
func (t *Thread) truthHolding(o, v Object) (bool, error) {
	mark := t.Hold([]Object{v})
	b, err := t.Truth(o)
	t.Unhold(mark)
	return b, err
}
