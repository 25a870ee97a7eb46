package script

import (
	"time"

	"fmt"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A lockObj is threading.Lock, or threading.RLock (reentrant: the owner may take it again).
type lockObj struct {
	typ   *py.Type
	l     *sim.Lock
	rlock bool
	owner *sim.Thread
	count int
}

// Type returns Lock's or RLock's class.
func (l *lockObj) Type() *py.Type { return l.typ }

// acquire takes the lock, waiting up to d; a signal's handler may raise out of the wait.
func (l *lockObj) acquire(th *thread, d time.Duration) (bool, error) {
	if l.rlock && l.owner == th.st && l.count > 0 {
		l.count++
		return true, nil
	}
	got, err := th.signalWait("lock", d, func(d time.Duration) bool { return l.l.Acquire(th.ctx, d) })
	if !got {
		return false, err
	}
	l.owner, l.count = th.st, 1
	return true, nil
}

// acquired is acquire's result as Python's.
func acquired(got bool, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.NewBool(got), nil
}

// release lets go of the lock.
func (l *lockObj) release(th *thread) error {
	if l.rlock {
		if l.owner != th.st || l.count == 0 {
			return py.Errorf(py.RuntimeErrorType, "cannot release un-acquired lock")
		}
		l.count--
		if l.count > 0 {
			return nil
		}
	}
	l.owner, l.count = nil, 0
	if err := l.l.Release(); err != nil {
		return py.Errorf(py.RuntimeErrorType, "release unlocked lock")
	}
	return nil
}

func (ps *proc) lockClasses(c *classes) {
	c.lock = newType("lock", "_thread", nil)
	c.rlock = newType("RLock", "_thread", nil)
	for _, t := range []*py.Type{c.lock, c.rlock} {
		def(t, "acquire", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("acquire", args, kw, []string{"blocking", "timeout"}, 0)
			if err != nil {
				return nil, err
			}
			d := sim.Forever
			if a[1] != nil {
				if f, ok := toFloat(a[1]); ok && f >= 0 {
					d = seconds(f)
				}
			}
			if a[0] != nil {
				if b, _ := truth(th, a[0]); !b {
					d = 0
				}
			}
			return acquired(self.(*lockObj).acquire(th, d))
		})
		def(t, "__enter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return acquired(self.(*lockObj).acquire(th, sim.Forever))
		})
		def(t, "release", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.None, self.(*lockObj).release(th)
		})
		def(t, "__exit__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.None, self.(*lockObj).release(th)
		})
		def(t, "locked", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewBool(self.(*lockObj).l.Locked()), nil
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			l := self.(*lockObj)
			state := "unlocked"
			if l.l.Locked() {
				state = "locked"
			}
			if l.rlock {
				owner := 0
				if l.owner != nil && l.count > 0 {
					owner = identOf(l.owner)
				}
				return py.NewStr(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>", state, owner, l.count, ps.in.ID(self))), nil
			}
			return py.NewStr(fmt.Sprintf("<%s _thread.lock object at %#x>", state, ps.in.ID(self))), nil
		})
	}
}

// newLock is threading.Lock() and threading.RLock().
func (ps *proc) newLock(th *thread, rlock bool) *lockObj {
	typ := ps.cls.lock
	if rlock {
		typ = ps.cls.rlock
	}
	return &lockObj{typ: typ, l: sim.NewLock(th.ctx), rlock: rlock}
}

// An eventObj is threading.Event.
type eventObj struct {
	typ *py.Type
	e   *sim.Event
}

// Type returns Event.
func (e *eventObj) Type() *py.Type { return e.typ }

func (ps *proc) eventClass(c *classes) {
	t := newType("Event", "threading", nil)
	c.event = t
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		if err := noArgs("Event", args); err != nil {
			return nil, err
		}
		return &eventObj{typ: cls, e: sim.NewEvent(th.ctx)}, nil
	}
	def(t, "set", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		self.(*eventObj).e.Set()
		return py.None, nil
	})
	def(t, "clear", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		self.(*eventObj).e.Clear()
		return py.None, nil
	})
	isSet := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewBool(self.(*eventObj).e.IsSet()), nil
	}
	def(t, "is_set", isSet)
	def(t, "isSet", deprecatedMethod("isSet", "use is_set() instead", isSet))
	def(t, "wait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a[0])
		if err != nil {
			return nil, err
		}
		e := self.(*eventObj).e
		return acquired(th.signalWait("event_wait", d, func(d time.Duration) bool { return e.Wait(th.ctx, d) }))
	})
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		state := "unset"
		if self.(*eventObj).e.IsSet() {
			state = "set"
		}
		return py.NewStr(fmt.Sprintf("<threading.Event at %#x: %s>", ps.in.ID(self), state)), nil
	})
}

// A condObj is threading.Condition over a lock.
type condObj struct {
	typ  *py.Type
	lock *lockObj
	c    *placeCond
}

// Type returns Condition.
func (c *condObj) Type() *py.Type { return c.typ }

func (ps *proc) condClass(c *classes) {
	t := newType("Condition", "threading", nil)
	c.condition = t
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		a, err := py.UnpackArgs("Condition", args, kw, []string{"lock"}, 0)
		if err != nil {
			return nil, err
		}
		l, ok := a[0].(*lockObj)
		if !ok {
			l = ps.newLock(th, true)
		}
		return &condObj{typ: cls, lock: l, c: newPlaceCond(l.l)}, nil
	}
	def(t, "acquire", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return acquired(self.(*condObj).lock.acquire(th, sim.Forever))
	})
	def(t, "__enter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return acquired(self.(*condObj).lock.acquire(th, sim.Forever))
	})
	release := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*condObj).lock.release(th)
	}
	def(t, "release", release)
	def(t, "__exit__", release)
	def(t, "wait", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a[0])
		if err != nil {
			return nil, err
		}
		ok, err := self.(*condObj).wait(th, d)
		return py.NewBool(ok), err
	})
	def(t, "wait_for", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("wait_for", args, kw, []string{"predicate", "timeout"}, 1)
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a[1])
		if err != nil {
			return nil, err
		}
		c := self.(*condObj)
		for {
			r, err := th.pt.Call(a[0], nil, nil)
			if err != nil {
				return nil, err
			}
			if ok, err := th.pt.Truth(r); err != nil || ok || d <= 0 {
				return r, err
			}
			ok, err := c.wait(th, d)
			if err != nil {
				return nil, err
			}
			if !ok && d != sim.Forever {
				return th.pt.Call(a[0], nil, nil)
			}
		}
	})
	def(t, "notify", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		n := 1
		if len(args) > 0 {
			if v, ok := args[0].(py.Int); ok {
				n = int(v)
			}
		}
		c := self.(*condObj)
		if !c.owned(th) {
			return nil, py.Errorf(py.RuntimeErrorType, "cannot notify on un-acquired lock")
		}
		c.c.notify(n)
		return py.None, nil
	})
	notifyAll := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		c := self.(*condObj)
		if !c.owned(th) {
			return nil, py.Errorf(py.RuntimeErrorType, "cannot notify on un-acquired lock")
		}
		c.c.notifyAll()
		return py.None, nil
	}
	def(t, "notify_all", notifyAll)
	def(t, "notifyAll", deprecatedMethod("notifyAll", "use notify_all() instead", notifyAll))
}

// owned is CPython's Condition._is_owned: an RLock is owned by the thread holding it; a Lock counts
// as owned when any thread holds it.
func (c *condObj) owned(th *thread) bool {
	if c.lock.rlock {
		return c.lock.owner == th.st && c.lock.count > 0
	}
	return c.lock.owner != nil
}

// wait waits on the condition; an RLock held several times is released and taken back whole.
func (c *condObj) wait(th *thread, d time.Duration) (bool, error) {
	if !c.owned(th) {
		return false, py.Errorf(py.RuntimeErrorType, "cannot wait on un-acquired lock")
	}
	l := c.lock
	count := l.count
	l.owner, l.count = nil, 0
	ok, err := c.c.wait(th, d)
	l.owner, l.count = th.st, max(count, 1)
	return ok, err
}
