package script

import (
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// queue.SimpleQueue as CPython 3.13's _queue module makes it, on the simulator's sim.NewSimpleQueue
// (the thread pools' work queue): unbounded, FIFO, and a put while threads wait in get hands its item
// to the one that has waited longest, so that two puts in a row wake two getters, and a getter that
// runs first cannot take the item handed to another (CPython 3.11 and 3.12 wake one getter per put,
// which then races every other getter for the item). It has put, put_nowait, get (block, timeout),
// get_nowait, empty and qsize; not the Queue methods it lacks in CPython too (full, task_done, join,
// shutdown, maxsize).

// A simpleQueue is a queue.SimpleQueue.
type simpleQueue struct {
	typ *py.Type
	q   *sim.Queue
}

// Type returns the queue's class.
func (q *simpleQueue) Type() *py.Type { return q.typ }

// simpleQueueType makes the class _queue.SimpleQueue, whose get raises empty.
func simpleQueueType(empty *py.Type) *py.Type {
	t := newType("SimpleQueue", "_queue", nil)
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "SimpleQueue() takes no keyword arguments")
		}
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "SimpleQueue() takes no positional arguments")
		}
		return &simpleQueue{typ: cls, q: sim.NewSimpleQueue(th.ctx)}, nil
	}
	get := func(th *thread, self py.Object, a []py.Object) (py.Object, error) {
		d, err := blockArgs(th, a)
		if err != nil {
			return nil, err
		}
		var v any
		ok, err := th.signalWait("queue_get", d, func(d time.Duration) (ok bool) {
			v, ok = self.(*simpleQueue).q.Get(th.ctx, d)
			return ok
		})
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.NewException(empty)
		}
		th.proc.taken(v.(py.Object))
		return v.(py.Object), nil
	}
	put := func(th *thread, self py.Object, item py.Object) (py.Object, error) {
		self.(*simpleQueue).q.Put(th.ctx, item, sim.Forever) // unbounded: never waits
		return py.None, nil
	}

	def(t, "put", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("put", args, kw, []string{"item", "block", "timeout"}, 1)
		if err != nil {
			th.proc.letGo(args, nil, nil, false)
			return nil, err
		}
		th.proc.letGo(args, a[0], nil, false) // it holds the item, no other argument (queue_keep.go)
		return put(th, self, a[0])
	})
	def(t, "put_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("put_nowait", args, kw, []string{"item"}, 1)
		if err != nil {
			th.proc.letGo(args, nil, nil, false)
			return nil, err
		}
		th.proc.letGo(args, a[0], nil, false) // it holds the item, no other argument (queue_keep.go)
		return put(th, self, a[0])
	})
	def(t, "get", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("get", args, kw, []string{"block", "timeout"}, 0)
		th.proc.letGo(args, nil, nil, false)
		if err != nil {
			return nil, err
		}
		return get(th, self, a)
	})
	def(t, "get_nowait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if _, err := py.UnpackArgs("get_nowait", args, kw, nil, 0); err != nil {
			return nil, err
		}
		return get(th, self, []py.Object{py.False, nil})
	})
	def(t, "qsize", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(self.(*simpleQueue).q.Len())), nil
	})
	def(t, "empty", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewBool(self.(*simpleQueue).q.Len() == 0), nil
	})
	return t
}
