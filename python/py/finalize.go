package py

import (
	"fmt"
	"reflect"
	"strings"

	op "github.com/futurescope/futurescope/python/compile"
)

// Finalization of dropped generators, at the moment CPython's reference counting would run it.
//
// CPython closes a generator when its last reference goes (`del it`, a rebinding, a for loop's
// iterator popped at break, a function returning with the generator in a local): the generator's
// finally clauses run right there, on the thread that dropped it, and Executor.map's generator
// cancels the calls it has not yielded yet. This interpreter has no reference counts, so at each of
// those drop points it proves the dropped object unreachable instead, and only then closes it:
//
//   - Only objects whose finalization would run code are watched: a generator suspended with a
//     try/finally, try/except or with around its yield, or inside a yield from; and host iterators
//     given a finalizer (GoIter.SetFinalizer). While none exists (Interp.watch is 0), a drop point
//     costs one comparison.
//   - At a drop point, the dropped values are searched for watched objects (within dropBudget
//     objects, not through classes, modules or a function's globals); if one is found, everything
//     reachable from the roots is marked: every thread's frames (locals, cells, value stacks, the
//     arguments of each call, the exceptions being handled), sys.modules, the builtins, the host's
//     objects (Interp.HostRoots) and what the caller still holds. A watched object left unmarked is
//     unreachable and is finalized at once.
//   - The proof fails, and the object is kept, when the mark meets an object that cannot say what it
//     references (neither one of the interpreter's types nor a Traverser) or visits more than
//     markBudget objects: a missed finally, never a premature one.
//   - It also fails while a frame waits on Go code that may hold objects in Go variables (list(gen),
//     a, b = gen(), a Go callable not marked Transparent: finalize_go.go); then the object is proved
//     again when that Go call returns (finalize_retry.go). Go code that holds objects while it runs
//     Python code may instead say what it holds (Thread.Hold) and be marked Transparent, so the
//     proof sees through it at the drop, where CPython closes the generator.

// markBudget bounds the objects one proof visits; over it, the dropped object is kept.
const markBudget = 1 << 20

// maxHeld bounds the locals an exception holds for the frames it left (an exception object raised
// again and again would otherwise grow without end); past it, those frames' generators are closed
// when next dropped elsewhere, rather than when the exception goes.
const maxHeld = 256

// dropBudget bounds the objects searched for watched generators in one dropped value.
const dropBudget = 256

// SetFinalizer makes fin what dropping the iterator runs once it is proved unreachable (Executor.map's
// generator cancels the calls not yet yielded); nil says there is nothing left to finalize (the
// iterator is exhausted or closed). The iterator is watched while fin is set.
func (g *GoIter) SetFinalizer(in *Interp, fin func(t *Thread) error) {
	if (g.fin == nil) != (fin == nil) {
		if fin == nil {
			in.watch--
		} else {
			in.watch++
		}
	}
	g.fin = fin
}

// Finalize runs the iterator's finalizer now, if it has one, and clears it (an explicit close()).
func (g *GoIter) Finalize(t *Thread) error {
	fin := g.fin
	if fin == nil {
		return nil
	}
	g.SetFinalizer(t.Interp, nil)
	return fin(t)
}

// watchGen updates whether a generator that just yielded or is resuming is watched: suspended with
// a handler or a with block active, or inside a yield from.
func (in *Interp) watchGen(g *Generator, suspended bool) {
	w := false
	if suspended && !g.finished {
		f := g.f
		w = len(f.blocks) > 0 || (f.pc < len(f.code.Code) && f.code.Code[f.pc].Op() == op.YIELD_FROM)
	}
	if w != g.watched {
		g.watched = w
		if w {
			in.watch++
		} else {
			in.watch--
		}
	}
}

// pendingFinal reports whether o is watched.
func pendingFinal(o Object) bool {
	switch x := o.(type) {
	case *Generator:
		return x.watched
	case *GoIter:
		return x.fin != nil
	}
	return false
}

// atom reports whether o can reference no other object.
func atom(o Object) bool {
	switch o.(type) {
	case Int, Float, Bool, NoneType, *Str, *Bytes, *BigInt, *Range, *Complex, *Builtin, *Type, *Module:
		return true
	}
	return false
}

// dropped finalizes the watched objects that dropping v leaves unreachable; keep are objects the
// caller still holds outside any root (a return value on its way, an exception propagating).
func (t *Thread) dropped(v Object, keep ...Object) error {
	if atom(v) {
		return nil
	}
	s := t.search()
	s.walk(v)
	return t.finalizeFound(s, keep, t.frame)
}

// droppedAll is dropped for several values that Go code let go of (no frame is executing a drop),
// finalized in the order CPython's deallocation would reach them.
func (t *Thread) droppedAll(vs []Object, keep []Object) error {
	s := t.search()
	for _, v := range vs {
		s.walk(v)
	}
	return t.finalizeFound(s, keep, nil)
}

// finalizeFound finalizes the watched objects a search found that are unreachable, one proof each
// (a finalizer runs code, which may store the next one somewhere). exec is the frame executing the
// drop, if one is (it waits in no Go code).
func (t *Thread) finalizeFound(s *watchSearch, keep []Object, exec *Frame) error {
	if len(s.out) == 0 {
		return nil
	}
	cands := append([]Object(nil), s.out...) // finalizers may search again on this thread
	for _, c := range cands {
		if !pendingFinal(c) {
			continue // finalized by an earlier one (a yield from's subgenerator)
		}
		if reach, by := t.Interp.reachable(t, c, keep, exec); reach {
			if by != nil {
				by.retryLater(c) // the Go call running at by hid the answer: ask again when it returns
			}
			continue
		}
		if err := t.finalize(c); err != nil {
			return err
		}
	}
	return nil
}

// canKey reports whether o can be a map key (host types that are not pointers may not be).
func canKey(o Object) bool {
	switch o.(type) {
	case Int, Float, Bool, NoneType, *Str, *List, *Tuple, *Dict, *Instance, *Function, *Generator, *Cell:
		return true
	}
	return reflect.TypeOf(o).Comparable()
}

// reachable reports whether target is reachable from the roots and keep, or cannot be proved
// unreachable, for a proof run on mine; by is the frame waiting on the Go call that made the proof fail, if that is why.
func (in *Interp) reachable(mine *Thread, target Object, keep []Object, exec *Frame) (reach bool, by *Frame) {
	if by := in.goBlocker(mine, exec); by != nil {
		return true, by // Go code may hold what the proof cannot see (finalize_go.go)
	}
	budget := markBudget
	if in.markBudget > 0 {
		budget = in.markBudget
	}
	m := marker{seen: map[Object]bool{}, budget: budget, ok: true, target: target}
	visit := m.push
	for _, th := range in.threads {
		for f := th.frame; f != nil; f = f.back {
			f.traverse(visit)
			visitAll(f.args, visit)
			if f.gen != nil {
				visit(f.gen)
			}
		}
		if th.exc != nil {
			visit(th.exc)
		}
		for _, h := range th.held {
			visitAll(h, visit)
		}
	}
	visit(in.sysModules)
	for _, mod := range in.Modules {
		// Which objects are reachable does not depend on the order of the roots.
		visit(mod)
	}
	visit(in.Builtins)
	visitAll(keep, visit)
	for o := range in.kept {
		visit(o) // the order of roots does not change what is reachable
	}
	if in.HostRoots != nil && !in.HostRoots(visit) {
		return true, nil
	}
	for m.ok && !m.found && len(m.todo) > 0 {
		o := m.todo[len(m.todo)-1]
		m.todo = m.todo[:len(m.todo)-1]
		if !traverse(o, visit) {
			m.ok = false
		}
	}
	return !m.ok || m.found, nil
}

// marker is the state of one mark from the roots.
type marker struct {
	seen   map[Object]bool
	todo   []Object
	budget int
	ok     bool
	target Object
	found  bool
}

func (m *marker) push(o Object) {
	if o == nil || !m.ok {
		return
	}
	switch o.(type) {
	case Int, Float, Bool, NoneType, *Str, *Bytes, *BigInt, *Range, *Complex:
		return
	}
	if !canKey(o) {
		m.ok = false
		return
	}
	if m.seen[o] {
		return
	}
	if m.budget--; m.budget < 0 {
		m.ok = false
		return
	}
	m.seen[o] = true
	if o == m.target {
		m.found = true
	}
	m.todo = append(m.todo, o)
}

// finalize closes an unreachable generator, or runs a host iterator's finalizer, on t. An exception
// it raises cannot propagate (nothing called it): it is printed as CPython prints an unraisable
// exception, and the program goes on.
func (t *Thread) finalize(o Object) error {
	var err error
	switch x := o.(type) {
	case *Generator:
		err = t.closeGen(x)
	case *GoIter:
		fin := x.fin
		x.SetFinalizer(t.Interp, nil)
		err = fin(t)
	}
	if err == nil {
		return nil
	}
	e, ok := err.(*Exception)
	if !ok {
		return err // the host stopping the thread
	}
	what, rerr := t.Repr(o)
	if rerr != nil {
		what = fmt.Sprintf("<%s object>", o.Type().Name)
	}
	if w := t.Interp.Stderr; w != nil {
		// sys.unraisablehook prints the exception's own traceback, not its chain.
		var b strings.Builder
		if len(e.tb) > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			t.formatFrames(&b, e.Frames())
		}
		b.WriteString(t.excLine(e))
		fmt.Fprintf(w, "Exception ignored in: %s\n%s", what, b.String())
	}
	return nil
}
