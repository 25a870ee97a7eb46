package script

import (
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A semObj is threading.Semaphore or BoundedSemaphore: a counter guarded by a condition variable.
type semObj struct {
	typ     *py.Type
	value   int
	initial int
	bounded bool
	lock    *sim.Lock
	cond    *placeCond
}

// Type returns the semaphore's class.
func (s *semObj) Type() *py.Type { return s.typ }

func (ps *proc) semaphoreClasses(c *classes) {
	c.semaphore = newType("Semaphore", "threading", nil)
	c.boundedSemaphore = newType("BoundedSemaphore", "threading", c.semaphore)
	newSem := func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		a, err := py.UnpackArgs(cls.Name, args, kw, []string{"value"}, 0)
		if err != nil {
			return nil, err
		}
		n := int64(1)
		if a[0] != nil {
			if n, err = pt.ToInt64(a[0]); err != nil {
				return nil, err
			}
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueErrorType, "semaphore initial value must be >= 0")
		}
		l := sim.NewLock(th.ctx)
		return &semObj{typ: cls, value: int(n), initial: int(n), bounded: cls.IsSubtype(c.boundedSemaphore),
			lock: l, cond: newPlaceCond(l)}, nil
	}
	c.semaphore.New = newSem
	t := c.semaphore
	acquire := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("acquire", args, kw, []string{"blocking", "timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d := sim.Forever
		if a[1] != nil && a[1] != py.None {
			if d, err = timeoutArg(a[1]); err != nil {
				return nil, err
			}
		}
		if a[0] != nil {
			if b, _ := truth(th, a[0]); !b {
				d = 0
			}
		}
		return acquired(self.(*semObj).acquire(th, d))
	}
	def(t, "acquire", acquire)
	def(t, "__enter__", acquire)
	release := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		n := int64(1)
		if len(args) > 0 && len(kw) == 0 {
			var err error
			if n, err = th.pt.ToInt64(args[0]); err != nil {
				return nil, err
			}
		}
		return py.None, self.(*semObj).release(th, int(n))
	}
	def(t, "release", release)
	def(t, "__exit__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*semObj).release(th, 1)
	})
	defProp(t, "_value", func(th *thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*semObj).value)), nil
	})
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		s := self.(*semObj)
		extra := ""
		if s.bounded {
			extra = fmt.Sprintf("/%d", s.initial)
		}
		return py.NewStr(fmt.Sprintf("<threading.%s at %#x: value=%d%s>", s.typ.Name, ps.in.ID(self), s.value, extra)), nil
	})
}

// acquire takes one from the counter, waiting up to d for it; a signal's handler may raise out of
// the wait.
func (s *semObj) acquire(th *thread, d time.Duration) (bool, error) {
	s.lock.Acquire(th.ctx, sim.Forever)
	defer s.lock.Release()
	var deadline time.Duration
	if d != sim.Forever {
		deadline = sim.Now(th.ctx) + d
	}
	for s.value == 0 {
		left := d
		if d != sim.Forever {
			left = deadline - sim.Now(th.ctx)
		}
		if left <= 0 {
			return false, nil
		}
		if _, err := s.cond.wait(th, left); err != nil {
			return false, err
		}
	}
	s.value--
	return true, nil
}

func (s *semObj) release(th *thread, n int) error {
	if n < 1 {
		return py.Errorf(py.ValueErrorType, "n must be one or more")
	}
	s.lock.Acquire(th.ctx, sim.Forever)
	defer s.lock.Release()
	if s.bounded && s.value+n > s.initial {
		return py.Errorf(py.ValueErrorType, "Semaphore released too many times")
	}
	s.value += n
	s.cond.notify(n)
	return nil
}
