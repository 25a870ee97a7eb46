package sim

import (
	"context"
	"time"
)

// A Lock is threading.Lock: not reentrant, released by anyone, handed to waiters in FIFO order.
type Lock struct {
	k       *Kernel
	owner   *Thread
	waiters waitq
}

// NewLock returns an unlocked lock.
func NewLock(ctx context.Context) *Lock { return &Lock{k: kernelOf(ctx)} }

// Acquire takes the lock, waiting up to timeout (Forever: as long as it takes; ≤ 0: not at all), and
// reports whether it got it.
func (l *Lock) Acquire(ctx context.Context, timeout time.Duration) bool {
	k := l.k
	if l.owner == nil {
		l.owner = k.cur
		return true
	}
	if timeout <= 0 {
		return false
	}
	k.callStart("lock", 0, timeoutArg(timeout), "")
	l.waiters.add(k.cur)
	got := k.block("lock", 0, timeout)
	k.callEnd("lock", 0, k.interruptOutcome("lock", boolStr(got)))
	return got
}

// Release unlocks the lock, handing it to the longest waiter. Releasing an unlocked lock is Python's
// RuntimeError("release unlocked lock").
func (l *Lock) Release() error {
	if l.owner == nil {
		return NewException(RuntimeError, "release unlocked lock")
	}
	l.owner = nil
	if next := l.waiters.take(); next != nil {
		l.owner = next
		l.k.unpark(next)
	}
	return nil
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.owner != nil }

// An Event is threading.Event: a flag that threads can wait for.
type Event struct {
	k       *Kernel
	set     bool
	waiters waitq
}

// NewEvent returns a cleared event.
func NewEvent(ctx context.Context) *Event { return &Event{k: kernelOf(ctx)} }

// Set sets the flag and wakes every waiting thread.
func (e *Event) Set() {
	e.set = true
	for e.waiters.wakeOne(e.k) {
	}
}

// Clear resets the flag.
func (e *Event) Clear() { e.set = false }

// IsSet reports the flag.
func (e *Event) IsSet() bool { return e.set }

// Wait blocks until the flag is set or timeout passes, and returns the flag.
func (e *Event) Wait(ctx context.Context, timeout time.Duration) bool {
	if e.set {
		return true
	}
	k := e.k
	k.callStart("event_wait", 0, timeoutArg(timeout), "")
	e.waiters.add(k.cur)
	k.block("event_wait", 0, timeout)
	k.callEnd("event_wait", 0, k.interruptOutcome("event_wait", boolStr(e.set)))
	return e.set
}

// A Cond is threading.Condition over a Lock.
type Cond struct {
	L       *Lock
	waiters waitq
}

// NewCond returns a condition variable over l.
func NewCond(l *Lock) *Cond { return &Cond{L: l} }

// Wait releases the lock, waits for a notification or the timeout, takes the lock back and reports
// whether it was notified.
func (c *Cond) Wait(ctx context.Context, timeout time.Duration) bool {
	k := c.L.k
	if err := c.L.Release(); err != nil {
		return false
	}
	c.waiters.add(k.cur)
	woken := k.block("condition", 0, timeout)
	k.interruptOutcome("condition", "") // a signal's handlers run before the lock is taken back
	c.L.Acquire(ctx, Forever)
	return woken
}

// Notify wakes up to n waiting threads.
func (c *Cond) Notify(n int) {
	for ; n > 0 && c.waiters.wakeOne(c.L.k); n-- {
	}
}

// NotifyAll wakes every waiting thread.
func (c *Cond) NotifyAll() {
	for c.waiters.wakeOne(c.L.k) {
	}
}

// A Queue is queue.Queue: FIFO, bounded when made with a capacity > 0.
type Queue struct {
	k       *Kernel
	cap     int
	items   []any
	head    int
	getters waitq
	putters waitq
	handoff bool      // Put gives its item straight to the longest waiting getter (SimpleQueue)
	handed  []handout // items given to getters that have not run yet
}

// A handout is an item a Put gave to a waiting getter, which takes it when it next runs.
type handout struct {
	t *Thread
	v any
}

// NewQueue returns an empty queue holding at most capacity items (0: unbounded).
func NewQueue(ctx context.Context, capacity int) *Queue {
	return &Queue{k: kernelOf(ctx), cap: capacity}
}

// NewSimpleQueue returns an unbounded queue.SimpleQueue as CPython 3.13 makes it: a Put while getters
// wait hands its item to the longest waiter, so a second Put before that waiter runs goes to the next
// waiter (or the queue), never to the first again.
func NewSimpleQueue(ctx context.Context) *Queue {
	q := NewQueue(ctx, 0)
	q.handoff = true
	return q
}

// Len returns the number of items in the queue.
func (q *Queue) Len() int { return len(q.items) - q.head }

// Full reports whether a bounded queue is at capacity.
func (q *Queue) Full() bool { return q.cap > 0 && q.Len() >= q.cap }

// Put adds v, waiting up to timeout for room, and reports whether it did.
func (q *Queue) Put(ctx context.Context, v any, timeout time.Duration) bool {
	k := q.k
	for q.Full() {
		if timeout <= 0 {
			return false
		}
		q.putters.add(k.cur)
		if !k.block("queue_put", 0, timeout) && q.Full() {
			return false
		}
	}
	if q.handoff {
		if t := q.getters.take(); t != nil {
			q.handed = append(q.handed, handout{t, v})
			k.unpark(t)
			return true
		}
	}
	q.push(v)
	q.getters.wakeOne(k)
	return true
}

// Get removes and returns the oldest item, waiting up to timeout for one; ok is false on timeout.
func (q *Queue) Get(ctx context.Context, timeout time.Duration) (v any, ok bool) {
	k := q.k
	for q.Len() == 0 {
		if timeout <= 0 {
			return nil, false
		}
		q.getters.add(k.cur)
		woken := k.block("queue_get", 0, timeout)
		if v, ok := q.claim(k.cur); ok {
			return v, true
		}
		if !woken && q.Len() == 0 {
			return nil, false
		}
	}
	v = q.pop()
	q.putters.wakeOne(k)
	return v, true
}

// claim removes and returns the item a Put handed to t, if any.
func (q *Queue) claim(t *Thread) (any, bool) {
	for i, h := range q.handed {
		if h.t == t {
			q.handed = append(q.handed[:i], q.handed[i+1:]...)
			return h.v, true
		}
	}
	return nil, false
}

func (q *Queue) push(v any) {
	if q.head > 0 && q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	q.items = append(q.items, v)
}

func (q *Queue) pop() any {
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	return v
}

func timeoutArg(d time.Duration) string {
	if d == Forever {
		return ""
	}
	return "timeout=" + formatSeconds(d)
}
