package script

import (
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing's Queue, Event and Lock: one simulator object shared by every process that
// inherits it (a Process's arguments), each process seeing it through a view of its own. pickle
// refuses them elsewhere with CPython's RuntimeError (a process pool's task cannot take one: use a
// Manager's). A Queue's items are pickled by put and rebuilt by get, in the getter's process; put
// pickles at once (CPython's feeder thread pickles later and prints the error, losing the item).
// Not yet: a Queue's feeder-thread delay (an item put is at once visible to get, empty and qsize),
// SimpleQueue's own class, Semaphore, Condition, Barrier, RLock.

// mpQueueCore is a multiprocessing.Queue's pipe; a JoinableQueue also counts the items not yet
// marked done (task_done), and join waits until none is left.
type mpQueueCore struct {
	q          *sim.Queue
	maxsize    int
	joinable   bool
	unfinished int
	allDone    *sim.Event
}

// An mpView is a process's view of a shared Queue, Event or Lock.
type mpView struct {
	typ    *py.Type
	core   any
	kind   string // "Queue", "Condition" (an Event), "Lock", ...: the name in pickle's refusal
	closed bool   // a Connection's handle is closed
}

// Type returns the view's class.
func (v *mpView) Type() *py.Type { return v.typ }

func (v *mpView) shared() any {
	if e, ok := v.core.(*pipeEnd); ok {
		e.handles++ // the receiving process's handle (connView)
	}
	return &mpRef{v.core, v.kind}
}

// again gives back the handle counted for a pickled Connection that a process already holds.
func (r *mpRef) again() {
	if e, ok := r.core.(*pipeEnd); ok {
		e.handles--
	}
}

func (v *mpView) shareable(inherit bool) error {
	if inherit || v.kind == "Connection" { // CPython's resource sharer sends a Connection anywhere
		return nil
	}
	return py.Errorf(py.RuntimeErrorType, "%s objects should only be shared between processes through inheritance", v.kind)
}

// An mpRef names a shared core in a pickle; views are made per process and core.
type mpRef struct {
	core any
	kind string
}

func (r *mpRef) key() any { return r.core }

func (r *mpRef) view(ps *proc) py.Object {
	switch r.kind {
	case "Queue":
		return &mpView{typ: ps.mpQueueType(), core: r.core, kind: r.kind}
	case "Condition":
		if _, isCond := r.core.(*mpCond); isCond {
			return &mpView{typ: ps.mpCondType(), core: r.core, kind: r.kind}
		}
		return &mpView{typ: ps.mpEventType(), core: r.core, kind: r.kind}
	case "Connection":
		return ps.connView(r.core.(*pipeEnd), true)
	case "RLock":
		return &mpView{typ: ps.mpRLockType(), core: r.core, kind: r.kind}
	case "Semaphore", "BoundedSemaphore":
		return &mpView{typ: ps.mpSemType(r.kind), core: r.core, kind: r.kind}
	case "Synchronized", "SynchronizedArray":
		return &mpView{typ: ps.cellsType(), core: r.core, kind: r.kind}
	}
	return &mpView{typ: ps.mpLockType(), core: r.core, kind: r.kind}
}

func (ps *proc) newMPQueue(th *thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("Queue", args, kw, []string{"maxsize"}, 0)
	if err != nil {
		return nil, err
	}
	n := 0
	if a[0] != nil {
		if v, ok := a[0].(py.Int); ok && v > 0 {
			n = int(v)
		}
	}
	core := &mpQueueCore{q: sim.NewQueue(th.ctx, n), maxsize: n, allDone: sim.NewEvent(th.ctx)}
	core.allDone.Set()
	return &mpView{typ: ps.mpQueueType(), core: core, kind: "Queue"}, nil
}

// newJoinableQueue is _mpsim.JoinableQueue(maxsize).
func (ps *proc) newJoinableQueue(th *thread, args []py.Object, kw []string) (py.Object, error) {
	q, err := ps.newMPQueue(th, args, kw)
	if err != nil {
		return nil, err
	}
	q.(*mpView).core.(*mpQueueCore).joinable = true
	return q, nil
}

func (ps *proc) newMPEvent(th *thread, args []py.Object, kw []string) (py.Object, error) {
	return &mpView{typ: ps.mpEventType(), core: sim.NewEvent(th.ctx), kind: "Condition"}, nil
}

func (ps *proc) newMPLock(th *thread, args []py.Object, kw []string) (py.Object, error) {
	return &mpView{typ: ps.mpLockType(), core: sim.NewLock(th.ctx), kind: "Lock"}, nil
}

// mpBlockArgs reads (block=True, timeout=None) as a sim timeout.
func mpBlockArgs(th *thread, block, timeout py.Object) (time.Duration, error) {
	b, err := truth(th, block)
	if err != nil {
		return 0, err
	}
	if block == nil {
		b = true
	}
	if !b {
		return 0, nil
	}
	d, err := timeoutArg(timeout)
	if d < 0 {
		d = 0
	}
	return d, err
}

// queueExc returns queue.Empty or queue.Full.
func (th *thread) queueExc(name string) error {
	m, err := th.pt.Import("queue")
	if err != nil {
		return err
	}
	cls, err := th.pt.GetAttrString(m, name)
	if err != nil {
		return err
	}
	return py.NewException(cls.(*py.Type))
}

func (ps *proc) mpQueueType() *py.Type {
	return ps.mpType("Queue", func(t *py.Type) {
		t.Module = "multiprocessing.queues"
		core := func(self py.Object) *mpQueueCore { return self.(*mpView).core.(*mpQueueCore) }
		put := func(th *thread, self py.Object, args []py.Object, kw []string, nowait bool) (py.Object, error) {
			names := []string{"obj", "block", "timeout"}
			if nowait {
				names = names[:1]
			}
			a, err := py.UnpackArgs("put", args, kw, names, 1)
			if err != nil {
				return nil, err
			}
			d := time.Duration(0)
			if !nowait {
				if d, err = mpBlockArgs(th, a[1], a[2]); err != nil {
					return nil, err
				}
			}
			v, err := ps.pickle(a[0])
			if err != nil {
				return nil, err
			}
			c := core(self)
			if !c.q.Put(th.ctx, v, d) {
				return nil, th.queueExc("Full")
			}
			if c.joinable {
				c.unfinished++
				c.allDone.Clear()
			}
			return py.None, nil
		}
		get := func(th *thread, self py.Object, args []py.Object, kw []string, nowait bool) (py.Object, error) {
			names := []string{"block", "timeout"}
			if nowait {
				names = nil
			}
			a, err := py.UnpackArgs("get", args, kw, names, 0)
			if err != nil {
				return nil, err
			}
			d := time.Duration(0)
			if !nowait {
				if d, err = mpBlockArgs(th, a[0], a[1]); err != nil {
					return nil, err
				}
			}
			var v any
			ok, err := th.signalWait("queue_get", d, func(d time.Duration) (ok bool) {
				v, ok = core(self).q.Get(th.ctx, d)
				return ok
			})
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, th.queueExc("Empty")
			}
			return ps.unpickle(v.(pk))
		}
		def(t, "put", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return put(th, self, args, kw, false)
		})
		def(t, "put_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return put(th, self, args, kw, true)
		})
		def(t, "get", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return get(th, self, args, kw, false)
		})
		def(t, "get_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return get(th, self, args, kw, true)
		})
		def(t, "qsize", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.MakeInt(int64(core(self).q.Len())), nil
		})
		def(t, "empty", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(core(self).q.Len() == 0), nil
		})
		def(t, "full", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(core(self).q.Full()), nil
		})
		def(t, "task_done", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			c := core(self)
			if !c.joinable {
				return nil, py.Errorf(py.AttributeErrorType, "'Queue' object has no attribute 'task_done'")
			}
			if c.unfinished <= 0 {
				return nil, py.Errorf(py.ValueErrorType, "task_done() called too many times")
			}
			if c.unfinished--; c.unfinished == 0 {
				c.allDone.Set()
			}
			return py.None, nil
		})
		def(t, "join", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			c := core(self)
			if !c.joinable {
				return nil, py.Errorf(py.AttributeErrorType, "'Queue' object has no attribute 'join'")
			}
			c.allDone.Wait(th.ctx, sim.Forever)
			return py.None, nil
		})
		for _, name := range []string{"close", "join_thread", "cancel_join_thread"} {
			def(t, name, func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
				return py.None, nil
			})
		}
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr(fmt.Sprintf("<multiprocessing.queues.Queue object at %#x>", ps.in.ID(self))), nil
		})
	})
}

func (ps *proc) mpEventType() *py.Type {
	return ps.mpType("Event", func(t *py.Type) {
		t.Module = "multiprocessing.synchronize"
		ev := func(self py.Object) *sim.Event { return self.(*mpView).core.(*sim.Event) }
		def(t, "set", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			ev(self).Set()
			return py.None, nil
		})
		def(t, "clear", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			ev(self).Clear()
			return py.None, nil
		})
		def(t, "is_set", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(ev(self).IsSet()), nil
		})
		def(t, "wait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("wait", args, kw, []string{"timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d, err := timeoutArg(a[0])
			if err != nil {
				return nil, err
			}
			if d < 0 {
				d = 0
			}
			e := ev(self)
			return acquired(th.signalWait("event_wait", d, func(d time.Duration) bool { return e.Wait(th.ctx, d) }))
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			state := "unset"
			if ev(self).IsSet() {
				state = "set"
			}
			return py.NewStr(fmt.Sprintf("<Event at %#x %s>", ps.in.ID(self), state)), nil
		})
	})
}

func (ps *proc) mpLockType() *py.Type {
	return ps.mpType("Lock", func(t *py.Type) {
		t.Module = "multiprocessing.synchronize"
		lk := func(self py.Object) *sim.Lock { return self.(*mpView).core.(*sim.Lock) }
		acquire := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("acquire", args, kw, []string{"block", "timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d, err := mpBlockArgs(th, a[0], a[1])
			if err != nil {
				return nil, err
			}
			l := lk(self)
			return acquired(th.signalWait("lock", d, func(d time.Duration) bool { return l.Acquire(th.ctx, d) }))
		}
		release := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			if !lk(self).Locked() {
				return nil, py.Errorf(py.ValueErrorType, "semaphore or lock released too many times")
			}
			return py.None, lk(self).Release()
		}
		def(t, "acquire", acquire)
		def(t, "release", release)
		def(t, "__enter__", acquire)
		def(t, "__exit__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			_, err := release(th, self, nil, nil)
			return py.False, err
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr("<Lock(owner=None)>"), nil
		})
	})
}
