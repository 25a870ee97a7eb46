package script

import (
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing.Condition: a condition variable over a multiprocessing RLock (its own, or one
// given), shared with the processes that inherit it: wait, wait_for, notify, notify_all, and the
// lock's acquire and release. Not yet: a Condition over a plain Lock.

// mpCond is a Condition's state, shared by every process's view.
type mpCond struct {
	rl   *mpRLock
	cond *sim.Cond
	// waiting counts the threads in wait, for the repr.
	waiting int
}

// newMPCondition is _mpsim.Condition(lock): lock is None or a multiprocessing RLock.
func (ps *proc) newMPCondition(th *thread, args []py.Object, kw []string) (py.Object, error) {
	var rl *mpRLock
	if len(args) > 0 && args[0] != py.None {
		v, ok := args[0].(*mpView)
		if r, isRLock := v.core.(*mpRLock); ok && isRLock {
			rl = r
		} else {
			return nil, py.Errorf(py.NotImplementedErrorType, "multiprocessing.Condition: the simulator takes an RLock as the lock, yet")
		}
	} else {
		rl = &mpRLock{lock: sim.NewLock(th.ctx)}
	}
	return &mpView{typ: ps.mpCondType(), core: &mpCond{rl: rl, cond: sim.NewCond(rl.lock)}, kind: "Condition"}, nil
}

// wait releases the RLock however deep it is held, waits for a notification or d, and takes the lock
// back as deep as it was.
func (c *mpCond) wait(th *thread, d time.Duration) (bool, error) {
	if c.rl.owner != th.st {
		return false, py.Errorf(py.AssertionErrorType, "must acquire() condition before using wait()")
	}
	saved := c.rl.count
	c.rl.owner, c.rl.count = nil, 0
	c.waiting++
	woken := c.cond.Wait(th.ctx, d)
	c.waiting--
	c.rl.owner, c.rl.count = th.st, saved
	return woken, nil
}

func (ps *proc) mpCondType() *py.Type {
	return ps.mpType("Condition", func(t *py.Type) {
		t.Module = "multiprocessing.synchronize"
		cv := func(self py.Object) *mpCond { return self.(*mpView).core.(*mpCond) }
		lockOps := ps.mpRLockType()
		for _, name := range []string{"acquire", "release", "__enter__", "__exit__"} {
			m := lockOps.Lookup(name).(*py.MethodDescr)
			def(t, name, func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
				lock := &mpView{typ: lockOps, core: cv(self).rl, kind: "RLock"}
				return m.Fn(th.pt, lock, args, kw)
			})
		}
		timeout := func(o py.Object) (time.Duration, error) {
			d, err := timeoutArg(o)
			if d < 0 {
				d = 0
			}
			return d, err
		}
		def(t, "wait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("wait", args, kw, []string{"timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d, err := timeout(a[0])
			if err != nil {
				return nil, err
			}
			woken, err := cv(self).wait(th, d)
			return py.NewBool(woken), err
		})
		def(t, "wait_for", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("wait_for", args, kw, []string{"predicate", "timeout"}, 1)
			if err != nil {
				return nil, err
			}
			d, err := timeout(a[1])
			if err != nil {
				return nil, err
			}
			end := sim.Now(th.ctx) + d
			for {
				r, err := th.pt.Call(a[0], nil, nil)
				if err != nil {
					return nil, err
				}
				ok, err := th.pt.Truth(r)
				if err != nil || ok {
					return r, err
				}
				left := sim.Forever
				if d != sim.Forever {
					if left = end - sim.Now(th.ctx); left <= 0 {
						return r, nil
					}
				}
				if _, err := cv(self).wait(th, left); err != nil {
					return nil, err
				}
			}
		})
		notify := func(th *thread, self py.Object, n int) (py.Object, error) {
			c := cv(self)
			if c.rl.owner != th.st {
				return nil, py.Errorf(py.AssertionErrorType, "lock is not owned")
			}
			if n < 0 {
				c.cond.NotifyAll()
			} else {
				c.cond.Notify(n)
			}
			return py.None, nil
		}
		def(t, "notify", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("notify", args, kw, []string{"n"}, 0)
			if err != nil {
				return nil, err
			}
			n := int64(1)
			if a[0] != nil {
				if n, err = th.pt.ToInt64(a[0]); err != nil {
					return nil, err
				}
			}
			return notify(th, self, int(n))
		})
		def(t, "notify_all", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return notify(th, self, -1)
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			c := cv(self)
			lock, err := th.pt.Repr(&mpView{typ: lockOps, core: c.rl, kind: "RLock"})
			if err != nil {
				return nil, err
			}
			return py.NewStr(fmt.Sprintf("<Condition(%s, %d)>", lock, c.waiting)), nil
		})
	})
}
