package script

import (
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// queue: Queue, LifoQueue and PriorityQueue on the simulator's locks and conditions, with CPython's
// blocking, timeouts, Empty and Full, task_done and join, and 3.13's shutdown and ShutDown;
// SimpleQueue is mod_queue_simple.go's.

// A queueObj is a queue of one of the three kinds.
type queueObj struct {
	typ      *py.Type
	kind     byte // 'f' FIFO, 'l' LIFO, 'p' priority
	maxsize  int
	items    []py.Object
	lock     *sim.Lock
	notEmpty *placeCond
	notFull  *placeCond
	allDone  *placeCond
	unfin    int
	// shut is set by shutdown(): put raises ShutDown, and get once the queue is empty.
	shut bool
}

// Type returns the queue's class.
func (q *queueObj) Type() *py.Type { return q.typ }

func (ps *proc) queueModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("queue")
	empty := newType("Empty", "_queue", py.ExceptionType)
	full := newType("Full", "queue", py.ExceptionType)
	shutDown := newType("ShutDown", "queue", py.ExceptionType)
	m.SetAttr("Empty", empty)
	m.SetAttr("Full", full)
	m.SetAttr("ShutDown", shutDown)
	base := newType("Queue", "queue", nil)
	kinds := map[*py.Type]byte{base: 'f'}
	lifo := newType("LifoQueue", "queue", base)
	prio := newType("PriorityQueue", "queue", base)
	kinds[lifo], kinds[prio] = 'l', 'p'
	mk := func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		a, err := py.UnpackArgs(cls.Name, args, kw, []string{"maxsize"}, 0)
		if err != nil {
			return nil, err
		}
		n := int64(0)
		if a[0] != nil {
			if n, err = pt.ToInt64(a[0]); err != nil {
				return nil, err
			}
		}
		kind := byte('f')
		for _, c := range cls.MRO {
			if k, ok := kinds[c]; ok {
				kind = k
				break
			}
		}
		l := sim.NewLock(th.ctx)
		return &queueObj{typ: cls, kind: kind, maxsize: int(n), lock: l, notEmpty: newPlaceCond(l),
			notFull: newPlaceCond(l), allDone: newPlaceCond(l)}, nil
	}
	base.New = mk
	ps.queueMethods(base, empty, full, shutDown)
	queueShutdown(base)
	defProp(base, "maxsize", func(th *thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*queueObj).maxsize)), nil
	})
	m.SetAttr("Queue", base)
	m.SetAttr("LifoQueue", lifo)
	m.SetAttr("PriorityQueue", prio)
	m.SetAttr("SimpleQueue", simpleQueueType(empty))
	return m, nil
}

// blockArgs reads (block=True, timeout=None) at offset i of a call's names.
func blockArgs(th *thread, a []py.Object) (time.Duration, error) {
	d := sim.Forever
	if a[1] != nil && a[1] != py.None {
		var err error
		if d, err = timeoutArg(a[1]); err != nil {
			return 0, err
		}
		if secs, _ := toFloat(a[1]); secs < 0 {
			return 0, py.Errorf(py.ValueErrorType, "'timeout' must be a non-negative number")
		}
	}
	if a[0] != nil {
		if b, _ := truth(th, a[0]); !b {
			d = 0
		}
	}
	return d, nil
}

func (ps *proc) queueMethods(t, empty, full, shutDown *py.Type) {
	// put stores item, waiting up to d for room; stored is the item if it is in the queue.
	put := func(th *thread, q *queueObj, item py.Object, d time.Duration) (stored py.Object, err error) {
		q.lock.Acquire(th.ctx, sim.Forever)
		defer q.lock.Release()
		if q.shut {
			return nil, py.NewException(shutDown)
		}
		if ok, err := q.waitFor(th, q.notFull, d, func() bool { return q.shut || q.maxsize <= 0 || len(q.items) < q.maxsize }); err != nil || !ok {
			return nil, orExc(err, full)
		}
		if q.shut {
			return nil, py.NewException(shutDown)
		}
		if q.kind == 'p' {
			if err := q.heapPush(th, item); err != nil {
				return item, err // the item stays in the heap, as with CPython's heappush
			}
		} else {
			q.items = append(q.items, item)
		}
		q.unfin++
		q.notEmpty.notify(1)
		return item, nil
	}
	get := func(th *thread, q *queueObj, d time.Duration) (py.Object, error) {
		q.lock.Acquire(th.ctx, sim.Forever)
		defer q.lock.Release()
		if q.shut && len(q.items) == 0 {
			return nil, py.NewException(shutDown)
		}
		if ok, err := q.waitFor(th, q.notEmpty, d, func() bool { return q.shut || len(q.items) > 0 }); err != nil || !ok {
			return nil, orExc(err, empty)
		}
		if len(q.items) == 0 {
			return nil, py.NewException(shutDown)
		}
		item, err := q.pop(th)
		th.proc.taken(item)
		q.notFull.notify(1)
		return item, err
	}
	def(t, "put", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("put", args, kw, []string{"item", "block", "timeout"}, 1)
		if err != nil {
			th.proc.letGo(args, nil, nil, false) // raised before the method's frame began
			return nil, err
		}
		d, err := blockArgs(th, a[1:])
		var stored py.Object
		if err == nil {
			stored, err = put(th, self.(*queueObj), a[0], d)
		}
		th.proc.letGo(args, stored, err, true)
		return orNone(err)
	})
	def(t, "put_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("put_nowait", args, kw, []string{"item"}, 1)
		if err != nil {
			th.proc.letGo(args, nil, nil, false) // raised before the method's frame began
			return nil, err
		}
		stored, err := put(th, self.(*queueObj), a[0], 0)
		th.proc.letGo(args, stored, err, true)
		return orNone(err)
	})
	def(t, "get", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("get", args, kw, []string{"block", "timeout"}, 0)
		if err != nil {
			th.proc.letGo(args, nil, nil, false) // raised before the method's frame began
			return nil, err
		}
		d, err := blockArgs(th, a)
		var item py.Object
		if err == nil {
			item, err = get(th, self.(*queueObj), d)
		}
		th.proc.letGo(args, nil, err, true)
		return item, err
	})
	def(t, "get_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return get(th, self.(*queueObj), 0)
	})
	def(t, "qsize", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(len(self.(*queueObj).items))), nil
	})
	def(t, "empty", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewBool(len(self.(*queueObj).items) == 0), nil
	})
	def(t, "full", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		q := self.(*queueObj)
		return py.NewBool(q.maxsize > 0 && len(q.items) >= q.maxsize), nil
	})
	def(t, "task_done", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		q := self.(*queueObj)
		q.lock.Acquire(th.ctx, sim.Forever)
		defer q.lock.Release()
		if q.unfin <= 0 {
			return nil, py.Errorf(py.ValueErrorType, "task_done() called too many times")
		}
		q.unfin--
		if q.unfin == 0 {
			q.allDone.notifyAll()
		}
		return py.None, nil
	})
	def(t, "join", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		q := self.(*queueObj)
		q.lock.Acquire(th.ctx, sim.Forever)
		defer q.lock.Release()
		_, err := q.waitFor(th, q.allDone, sim.Forever, func() bool { return q.unfin == 0 })
		return py.None, err
	})
}

// queueShutdown gives Queue (and its subclasses, not SimpleQueue) CPython 3.13's shutdown and
// is_shutdown: put raises ShutDown from then on, get once the queue is empty, and blocked callers wake
// to raise it; shutdown(immediate=True) also drops the queued items and releases join().
func queueShutdown(t *py.Type) {
	def(t, "shutdown", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("shutdown", args, kw, []string{"immediate"}, 0)
		if err != nil {
			return nil, err
		}
		q := self.(*queueObj)
		q.lock.Acquire(th.ctx, sim.Forever)
		defer q.lock.Release()
		q.shut = true
		if immediate, _ := truth(th, orFalse(a[0])); immediate {
			for len(q.items) > 0 {
				item, err := q.pop(th)
				th.proc.taken(item)
				if err != nil {
					return nil, err
				}
				if q.unfin > 0 {
					q.unfin--
				}
				if err := th.pt.Dropped(item); err != nil { // CPython's _get() result, dropped here
					return nil, err
				}
			}
			q.allDone.notifyAll()
		}
		q.notEmpty.notifyAll()
		q.notFull.notifyAll()
		return py.None, nil
	})
	defProp(t, "is_shutdown", func(th *thread, self py.Object) (py.Object, error) {
		return py.NewBool(self.(*queueObj).shut), nil
	})
}

// orFalse is o, or False for an argument not given.
func orFalse(o py.Object) py.Object {
	if o == nil {
		return py.False
	}
	return o
}

// waitFor waits on c, the queue's lock held, until ok() or d passes; it reports ok(), or the
// exception a signal's handler raised meanwhile.
func (q *queueObj) waitFor(th *thread, c *placeCond, d time.Duration, ok func() bool) (bool, error) {
	var deadline time.Duration
	if d != sim.Forever {
		deadline = sim.Now(th.ctx) + d
	}
	for !ok() {
		left := d
		if d != sim.Forever {
			left = deadline - sim.Now(th.ctx)
		}
		if left <= 0 {
			return false, nil
		}
		if _, err := c.wait(th, left); err != nil {
			return false, err
		}
	}
	return true, nil
}

// orExc is err, or else a new exception of class c (Empty or Full).
func orExc(err error, c *py.Type) error {
	if err != nil {
		return err
	}
	return py.NewException(c)
}

// pop removes the next item: the oldest, the newest, or the smallest (mod_queue_heap.go).
func (q *queueObj) pop(th *thread) (py.Object, error) {
	i := 0
	switch q.kind {
	case 'l':
		i = len(q.items) - 1
	case 'p':
		return q.heapPop(th)
	}
	item := q.items[i]
	q.items = append(q.items[:i], q.items[i+1:]...)
	return item, nil
}
