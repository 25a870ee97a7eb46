package script

import (
	"time"

	"github.com/futurescope/futurescope/sim"
)

// A placeCond is a sim.Cond whose waiters keep their place while a signal's handler has cut their
// wait short, as CPython's Condition has it: there each waiter is a lock in the condition's queue,
// a signal interrupts the waiter's acquire of that lock and the handler runs inside it, and when
// the handler returns the acquire goes on, the lock still in its place. So a notify sent while the
// handler runs goes to the interrupted waiter, if it is the first, and it wakes when the handler
// returns; it does not go to the thread that began to wait after it. threading.Condition, a
// Queue's get and put and a Semaphore's acquire wait on one.
//
// The waiters wait on the sim.Cond in the order they came, as long as no signal cuts a wait short,
// and a notify is then the sim.Cond's own, so the timelines are the sim.Cond's. A waiter a signal
// interrupted is out of the sim.Cond's queue: while its handler runs, a notify that reaches its
// place marks it notified; after the handler, it waits alone on a sim.Cond of its own, which a
// notify that reaches its place wakes. Not exact: a waiter whose timeout has passed but that has not
// run since still has its place here (not in the sim.Cond's queue), so a notify at that very moment
// while another waiter is cut short may pass the cut-short one by.
type placeCond struct {
	c *sim.Cond
	// waiters are the threads in wait, in the order they began to wait; a notify removes the ones
	// it reaches.
	waiters []*condWaiter
	// cut counts the waiters a signal has cut short (cut or alone).
	cut int
}

// A condWaiter is one thread's wait on a placeCond.
type condWaiter struct {
	pc *placeCond
	// cut is set while a signal's handler has cut the wait short (signal_wait.go's interruptWait).
	cut bool
	// alone is the sim.Cond the waiter waits on after a handler returned, nil before.
	alone    *sim.Cond
	notified bool
}

func newPlaceCond(l *sim.Lock) *placeCond { return &placeCond{c: sim.NewCond(l)} }

// wait is Condition.wait for th, the lock held: it waits up to d for a notify, in a way a signal
// cuts short (signalWait), and reports whether it was notified, or the exception a signal's handler
// raised (the waiter then leaves its place, and a notify that reached it is lost, as in CPython).
func (pc *placeCond) wait(th *thread, d time.Duration) (bool, error) {
	w := &condWaiter{pc: pc}
	pc.waiters = append(pc.waiters, w)
	main := th.st == sim.CurrentProcess(th.ctx).MainThread() // the one thread a signal interrupts
	prev := th.proc.condWait
	if main {
		th.proc.condWait = w
	}
	ok, err := th.signalWait("condition", d, func(d time.Duration) bool {
		if w.notified {
			return true // by a notify while the handler ran
		}
		if !w.cut && w.alone == nil {
			return pc.c.Wait(th.ctx, d)
		}
		if w.alone == nil {
			w.alone = sim.NewCond(pc.c.L)
		}
		w.cut = false
		return w.alone.Wait(th.ctx, d)
	})
	if main {
		th.proc.condWait = prev
	}
	if w.cut || w.alone != nil {
		pc.cut--
	}
	for i, x := range pc.waiters {
		if x == w {
			pc.waiters = append(pc.waiters[:i], pc.waiters[i+1:]...)
			break
		}
	}
	return ok, err
}

// interrupted marks w's wait as cut short by a signal: its thread is out of the sim.Cond's queue.
func (w *condWaiter) interrupted() {
	if !w.cut && w.alone == nil {
		w.pc.cut++
	}
	w.cut = true
}

// notify wakes up to n waiters, the longest waiting first.
func (pc *placeCond) notify(n int) {
	if pc.cut == 0 {
		pc.c.Notify(n)
		pc.waiters = pc.waiters[min(n, len(pc.waiters)):]
		return
	}
	for ; n > 0 && len(pc.waiters) > 0; n-- {
		w := pc.waiters[0]
		pc.waiters = pc.waiters[1:]
		switch {
		case w.cut:
			w.notified = true
		case w.alone != nil:
			w.alone.Notify(1)
		default:
			pc.c.Notify(1)
		}
	}
}

// notifyAll wakes every waiter.
func (pc *placeCond) notifyAll() {
	pc.c.NotifyAll()
	for _, w := range pc.waiters {
		if w.cut {
			w.notified = true
		} else if w.alone != nil {
			w.alone.NotifyAll()
		}
	}
	pc.waiters = pc.waiters[:0]
}
