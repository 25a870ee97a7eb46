package script

import (
	"fmt"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing.RLock: a lock its owning thread may take again, shared with the processes that
// inherit it; Value's and Array's get_lock() return one, as CPython's do.

// mpRLock is an RLock's state, shared by every process's view.
type mpRLock struct {
	lock  *sim.Lock
	owner *sim.Thread
	count int
}

func (ps *proc) newMPRLock(th *thread, args []py.Object, kw []string) (py.Object, error) {
	return &mpView{typ: ps.mpRLockType(), core: &mpRLock{lock: sim.NewLock(th.ctx)}, kind: "RLock"}, nil
}

func (ps *proc) mpRLockType() *py.Type {
	return ps.mpType("RLock", func(t *py.Type) {
		t.Module = "multiprocessing.synchronize"
		rl := func(self py.Object) *mpRLock { return self.(*mpView).core.(*mpRLock) }
		acquire := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("acquire", args, kw, []string{"block", "timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d, err := mpBlockArgs(th, a[0], a[1])
			if err != nil {
				return nil, err
			}
			r := rl(self)
			if r.owner == th.st {
				r.count++
				return py.True, nil
			}
			if !r.lock.Acquire(th.ctx, d) {
				return py.False, nil
			}
			r.owner, r.count = th.st, 1
			return py.True, nil
		}
		release := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			r := rl(self)
			if r.owner != th.st {
				return nil, py.Errorf(py.AssertionErrorType, "attempt to release recursive lock not owned by thread")
			}
			if r.count--; r.count == 0 {
				r.owner = nil
				return py.None, r.lock.Release()
			}
			return py.None, nil
		}
		def(t, "acquire", acquire)
		def(t, "release", release)
		def(t, "__enter__", acquire)
		def(t, "__exit__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			_, err := release(th, self, nil, nil)
			return py.False, err
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			r := rl(self)
			if r.owner == nil {
				return py.NewStr("<RLock(None, 0)>"), nil
			}
			who := r.owner.Process().Name()
			if r.owner != r.owner.Process().MainThread() {
				who += "|" + r.owner.Name()
			}
			return py.NewStr(fmt.Sprintf("<RLock(%s, %d)>", who, r.count)), nil
		})
	})
}
