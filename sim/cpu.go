package sim

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// gil is one process's global interpreter lock, handed over as CPython's Python/ceval_gil.c hands it
// over. The holder keeps it while it executes. A thread that wants it waits in FIFO order, in timed
// waits of one switch interval each: when a waiter's wait times out and no switch happened meanwhile
// (the switch count is unchanged), it sets the drop request, and the holder lets go at its next CPU
// charge (its eval-breaker check), handing the GIL to the first waiter. Blocking calls release it.
type gil struct {
	holder   *Thread
	last     *Thread // the last thread that took it: taking it back is no switch
	switches uint64  // how many times it passed to another thread (CPython's switch_number)
	drop     bool    // a waiter asked the holder to let go (gil_drop_request)
	waiters  waitq
	interval time.Duration // set by SetSwitchInterval; 0: Config.SwitchInterval
}

// gil returns the GIL t runs under: its own interpreter's, or its process's.
func (t *Thread) gil() *gil {
	if t.ownGIL != nil {
		return t.ownGIL
	}
	return &t.proc.gil
}

// cores counts the CPU cores free for executing threads; waiters get a core in FIFO order.
type cores struct {
	free    int
	waiters waitq
}

// CPU charges d of CPU time to the running thread: the script front end calls it every few interpreter
// steps (its preemption point, CPython's eval-breaker check). Unless the run is free-threaded, the
// thread first gives its process's GIL to the first waiting thread if a waiter has asked for it (a
// waiter asks once it has waited Config.SwitchInterval with no switch meanwhile), then takes the GIL,
// waiting its turn; then it takes a core for d. CPU(ctx, 0) only does the GIL part: a front end calls it
// before a thread executes script code, which only the GIL's holder may do. Returns ctx's error if ctx
// is done.
func CPU(ctx context.Context, d time.Duration) error {
	k := kernelOf(ctx)
	if err := ctx.Err(); err != nil {
		return err
	}
	k.cpu(k.cur, d)
	return nil
}

// Busy charges d of CPU time to the running thread like CPU, but is no switch point: a thread that
// holds the GIL keeps it even if a waiter has asked for it. A front end whose interpreter switches only
// at its own eval-breaker checks (function entry, a loop's backward jump, as CPython 3.11's) charges
// its steps with Busy and calls CPU(ctx, 0) at the first check after SwitchRequested turns true.
func Busy(ctx context.Context, d time.Duration) error {
	k := kernelOf(ctx)
	if err := ctx.Err(); err != nil {
		return err
	}
	t := k.cur
	if !k.cfg.FreeThreaded && !t.holdsGIL {
		k.acquireGIL(t)
	}
	k.charge(t, d)
	return nil
}

// SwitchRequested reports whether a thread waiting for the running thread's GIL has asked it to let go
// (CPython's gil_drop_request): it has waited a switch interval, and the GIL has not changed hands
// meanwhile. The holder lets go at its next CPU call.
func SwitchRequested(ctx context.Context) bool {
	k := kernelOf(ctx)
	t := k.cur
	return t.holdsGIL && t.gil().drop
}

func (k *Kernel) cpu(t *Thread, d time.Duration) {
	if !k.cfg.FreeThreaded {
		g := t.gil()
		if t.holdsGIL && g.drop {
			g.drop = false
			if !g.waiters.empty() {
				k.releaseGIL(t) // a forced switch: the first waiter takes it, and t queues again
			}
		}
		if !t.holdsGIL {
			k.acquireGIL(t)
		}
	}
	k.charge(t, d)
}

// charge spends d of virtual time executing on a core (none for d ≤ 0).
func (k *Kernel) charge(t *Thread, d time.Duration) {
	if d <= 0 {
		return
	}
	k.acquireCore(t)
	t.parked, t.timedOut = true, false
	t.waitWhat, t.waitID = "cpu", 0
	t.tm = timer{at: k.now + d, seq: k.nextSeq(), t: t, gen: t.parkGen}
	k.timers.push(&t.tm)
	k.switchAway(t)
	k.releaseCore(t)
}

// acquireGIL gives t its process's GIL, waiting in line if another thread holds it.
func (k *Kernel) acquireGIL(t *Thread) {
	g := t.gil()
	if g.holder == nil {
		k.takeGIL(g, t)
		k.emit(trace.Event{Kind: trace.GILAcquire})
		return
	}
	g.waiters.add(t)
	k.askAfterInterval(g, t, t.parkGen)
	k.park("gil", 0, Forever) // the releaser hands the GIL over before waking us
	k.emit(trace.Event{Kind: trace.GILAcquire})
}

// askAfterInterval is one timed wait of t (parked for g since its park generation gen): when it times
// out, still waiting, and g has not switched holders meanwhile, t sets the drop request; then it waits
// again, as take_gil loops.
func (k *Kernel) askAfterInterval(g *gil, t *Thread, gen uint64) {
	saved := g.switches
	k.after(k.switchInterval(g), func() {
		if !t.parked || t.parkGen != gen || g.holder == nil || g.holder == t {
			return // t has the GIL, or no longer waits for it
		}
		if g.switches == saved {
			g.drop = true
		}
		k.askAfterInterval(g, t, gen)
	})
}

// takeGIL makes t the holder of the free GIL g.
func (k *Kernel) takeGIL(g *gil, t *Thread) {
	g.holder, t.holdsGIL = t, true
	if g.last != t {
		g.last = t
		g.switches++
	}
	g.drop = false
	k.started(t)
}

// releaseGIL lets go of t's GIL and hands it to the first waiter, if any.
func (k *Kernel) releaseGIL(t *Thread) {
	g := t.gil()
	g.holder, t.holdsGIL = nil, false
	k.emit(trace.Event{Kind: trace.GILRelease})
	if next := g.waiters.take(); next != nil {
		k.takeGIL(g, next)
		k.unpark(next)
	}
}

// yieldGIL lets the other runnable threads go first, letting go of the GIL meanwhile if t holds it
// (time.sleep(0), and Thread.start waiting for the new thread to start), then takes it back.
func (k *Kernel) yieldGIL(t *Thread) {
	held := t.holdsGIL
	if held {
		k.releaseGIL(t)
	}
	k.yield()
	if held && !t.holdsGIL {
		k.acquireGIL(t)
	}
}

func (k *Kernel) acquireCore(t *Thread) {
	c := &k.cores
	if c.free > 0 {
		c.free--
		t.hasCore = true
		return
	}
	c.waiters.add(t)
	k.park("core", 0, Forever) // the releaser hands its core over
}

func (k *Kernel) releaseCore(t *Thread) {
	t.hasCore = false
	if next := k.cores.waiters.take(); next != nil {
		next.hasCore = true
		k.unpark(next)
		return
	}
	k.cores.free++
}

// releaseCPU gives back what an ending thread holds.
func (k *Kernel) releaseCPU(t *Thread) {
	if t.hasCore {
		k.releaseCore(t)
	}
	if t.holdsGIL {
		k.releaseGIL(t)
	}
}

// block parks the running thread in a blocking call: like CPython, it lets go of the GIL while it
// waits and takes it back before returning.
func (k *Kernel) block(what string, id int, timeout time.Duration) bool {
	t := k.cur
	t.interrupt = ""
	held := t.holdsGIL
	if held && timeout > 0 {
		k.releaseGIL(t)
	}
	woken := k.park(what, id, timeout)
	if held && !t.holdsGIL {
		k.acquireGIL(t)
	}
	return woken
}
