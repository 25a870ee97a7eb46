package script

import (
	"fmt"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing's Semaphore and BoundedSemaphore: threading's counter (semaphore.go) shared with
// the processes that inherit it. Not yet: RLock, Condition, Barrier.

// newMPSemaphore is _mpsim.Semaphore(value, bounded).
func (ps *proc) newMPSemaphore(th *thread, args []py.Object, kw []string) (py.Object, error) {
	n, err := th.pt.ToInt64(args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "semaphore initial value must be >= 0")
	}
	bounded, _ := truth(th, args[1])
	l := sim.NewLock(th.ctx)
	s := &semObj{value: int(n), initial: int(n), bounded: bounded, lock: l, cond: newPlaceCond(l)}
	kind := "Semaphore"
	if bounded {
		kind = "BoundedSemaphore"
	}
	return &mpView{typ: ps.mpSemType(kind), core: s, kind: kind}, nil
}

func (ps *proc) mpSemType(kind string) *py.Type {
	return ps.mpType(kind, func(t *py.Type) {
		t.Module = "multiprocessing.synchronize"
		sem := func(self py.Object) *semObj { return self.(*mpView).core.(*semObj) }
		acquire := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("acquire", args, kw, []string{"block", "timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d, err := mpBlockArgs(th, a[0], a[1])
			if err != nil {
				return nil, err
			}
			return acquired(sem(self).acquire(th, d))
		}
		release := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			if err := sem(self).release(th, 1); err != nil {
				return nil, py.Errorf(py.ValueErrorType, "semaphore or lock released too many times")
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
		def(t, "get_value", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.MakeInt(int64(sem(self).value)), nil
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			s := sem(self)
			if s.bounded {
				return py.NewStr(fmt.Sprintf("<%s(value=%d, maxvalue=%d)>", kind, s.value, s.initial)), nil
			}
			return py.NewStr(fmt.Sprintf("<%s(value=%d)>", kind, s.value)), nil
		})
	})
}
