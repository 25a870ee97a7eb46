package script

import (
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A barrierObj is threading.Barrier: parties threads wait until all have arrived; the last one runs
// the action and releases them. A timeout or abort() breaks it (BrokenBarrierError) until reset().
type barrierObj struct {
	typ     *py.Type
	parties int
	action  py.Object
	timeout py.Object
	lock    *sim.Lock
	cond    *sim.Cond
	count   int // threads waiting in this generation
	gen     int
	broken  bool
	reset   map[int]bool // generations ended by reset()
}

// Type returns Barrier.
func (b *barrierObj) Type() *py.Type { return b.typ }

func (ps *proc) barrierClasses() (barrier, brokenErr *py.Type) {
	brokenErr = newType("BrokenBarrierError", "threading", py.RuntimeErrorType)
	t := newType("Barrier", "threading", nil)
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		a, err := py.UnpackArgs("Barrier", args, kw, []string{"parties", "action", "timeout"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := pt.ToInt64(a[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.Errorf(py.ValueErrorType, "parties must be >= 1")
		}
		l := sim.NewLock(th.ctx)
		return &barrierObj{typ: cls, parties: int(n), action: a[1], timeout: a[2], lock: l, cond: sim.NewCond(l), reset: map[int]bool{}}, nil
	}
	def(t, "wait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		b := self.(*barrierObj)
		to := a[0]
		if to == nil || to == py.None {
			to = b.timeout
		}
		d, err := timeoutArg(to)
		if err != nil {
			return nil, err
		}
		return b.wait(th, d, brokenErr)
	})
	def(t, "reset", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		b := self.(*barrierObj)
		b.lock.Acquire(th.ctx, sim.Forever)
		defer b.lock.Release()
		if b.count > 0 || b.broken {
			b.reset[b.gen] = true // the threads waiting in this generation get BrokenBarrierError
			b.cond.NotifyAll()
		}
		b.gen++
		b.count, b.broken = 0, false
		return py.None, nil
	})
	def(t, "abort", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		b := self.(*barrierObj)
		b.lock.Acquire(th.ctx, sim.Forever)
		defer b.lock.Release()
		b.broken = true
		b.cond.NotifyAll()
		return py.None, nil
	})
	defProp(t, "parties", func(th *thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*barrierObj).parties)), nil
	})
	defProp(t, "n_waiting", func(th *thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*barrierObj).count)), nil
	})
	defProp(t, "broken", func(th *thread, self py.Object) (py.Object, error) {
		return py.NewBool(self.(*barrierObj).broken), nil
	})
	return t, brokenErr
}

// wait arrives at the barrier and returns the arrival index.
func (b *barrierObj) wait(th *thread, d time.Duration, brokenErr *py.Type) (py.Object, error) {
	b.lock.Acquire(th.ctx, sim.Forever)
	defer b.lock.Release()
	if b.broken {
		return nil, py.NewException(brokenErr)
	}
	index := b.count
	b.count++
	if b.count == b.parties {
		if b.action != nil && b.action != py.None {
			if _, err := th.pt.Call(b.action, nil, nil); err != nil {
				b.broken = true
				b.cond.NotifyAll()
				return nil, err
			}
		}
		b.count = 0
		b.gen++
		b.cond.NotifyAll()
		return py.MakeInt(int64(index)), nil
	}
	gen := b.gen
	var deadline time.Duration
	if d != sim.Forever {
		deadline = sim.Now(th.ctx) + d
	}
	for gen == b.gen && !b.broken {
		left := d
		if d != sim.Forever {
			left = deadline - sim.Now(th.ctx)
		}
		woken := false
		if left > 0 {
			var err error
			woken, err = th.signalWait("condition", left, func(d time.Duration) bool { return b.cond.Wait(th.ctx, d) })
			if err != nil { // a signal's handler raised: this thread leaves, the barrier stays whole
				if gen == b.gen {
					b.count--
				}
				return nil, err
			}
		}
		if left <= 0 || !woken && d != sim.Forever && sim.Now(th.ctx) >= deadline {
			if gen == b.gen {
				b.broken = true
				b.cond.NotifyAll()
				return nil, py.NewException(brokenErr)
			}
		}
	}
	if gen == b.gen && b.broken || b.reset[gen] {
		return nil, py.NewException(brokenErr)
	}
	return py.MakeInt(int64(index)), nil
}
