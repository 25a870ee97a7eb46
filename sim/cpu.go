package sim

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// gil is one process's global interpreter lock. The holder keeps it while it executes; a thread that
// wants it queues, and once the first waiter has waited a switch interval the holder hands it over at
// its next CPU charge (CPython's forced switching). Blocking calls release it.
type gil struct {
	holder  *Thread
	waiters waitq
	since   time.Duration // when the current first waiter began waiting
}

// cores counts the CPU cores free for executing threads; waiters get a core in FIFO order.
type cores struct {
	free    int
	waiters waitq
}

// CPU charges d of CPU time to the running thread: the script front end calls it every few interpreter
// steps (its preemption point). The thread first takes its process's GIL (unless the run is
// free-threaded) and a core, and may give the GIL up to a waiting thread when it has held it past the
// switch interval. Returns ctx's error if ctx is done.
func CPU(ctx context.Context, d time.Duration) error {
	k := kernelOf(ctx)
	if err := ctx.Err(); err != nil {
		return err
	}
	k.cpu(k.cur, d)
	return nil
}

func (k *Kernel) cpu(t *Thread, d time.Duration) {
	if !k.cfg.FreeThreaded {
		g := &t.proc.gil
		if t.holdsGIL && !g.waiters.empty() && k.now-g.since >= k.cfg.SwitchInterval {
			k.releaseGIL(t)
		}
		if !t.holdsGIL {
			k.acquireGIL(t)
		}
	}
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

func (k *Kernel) acquireGIL(t *Thread) {
	g := &t.proc.gil
	if g.holder == nil {
		g.holder, t.holdsGIL = t, true
		k.emit(trace.Event{Kind: trace.GILAcquire})
		return
	}
	if g.waiters.empty() {
		g.since = k.now
	}
	g.waiters.add(t)
	k.park("gil", 0, Forever) // the releaser hands the GIL over before waking us
	k.emit(trace.Event{Kind: trace.GILAcquire})
}

func (k *Kernel) releaseGIL(t *Thread) {
	g := &t.proc.gil
	g.holder, t.holdsGIL = nil, false
	k.emit(trace.Event{Kind: trace.GILRelease})
	if next := g.waiters.take(); next != nil {
		g.holder, next.holdsGIL = next, true
		g.since = k.now
		k.unpark(next)
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
