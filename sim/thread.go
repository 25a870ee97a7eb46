package sim

import (
	"context"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A Thread is a simulated thread: a goroutine that runs only while it holds the kernel's baton.
type Thread struct {
	k      *Kernel
	id     int
	name   string
	proc   *Process
	daemon bool
	fn     func(ctx context.Context) error
	ctx    context.Context
	wake   chan struct{}
	line   int

	started, ended bool
	killed         bool // its process was killed, or the run is over: unwind at the next turn
	err            error

	parked   bool
	timedOut bool
	parkGen  uint64
	tm       timer // the park timeout; a thread parks on one thing at a time
	waitWhat string
	waitID   int
	// interrupt is what a signal cut short (InterruptWait) in the thread's last park, "" if none;
	// onInterrupt, set by SetInterruptHook, runs when a call so cut short ends, and its error,
	// interruptErr, and whether it ran, interruptRan, wait for TakeInterrupt.
	interrupt    string
	onInterrupt  func() error
	interruptErr error
	interruptRan bool

	holdsGIL bool
	// ownGIL is the GIL of the thread's own interpreter (an InterpreterPoolExecutor worker's, as CPython
	// 3.14's per-interpreter GIL), nil for a thread of its process's main interpreter.
	ownGIL  *gil
	hasCore bool
	// inline, if not nil, takes the thread's next turn on the dispatching goroutine (see
	// Kernel.runInline): the process pool's manager, whose turns mostly move items between queues.
	inline  func() bool
	joiners waitq
	starter *Thread // the thread waiting in start until this one has started
}

// exitSignal unwinds a simulated thread's goroutine when its process is killed or the run ends.
type exitSignal struct{}

// ID returns the thread's id, unique in the run (the main thread is 1).
func (t *Thread) ID() int { return t.id }

// Name returns the thread's name ("MainThread", "ThreadPoolExecutor-0_1").
func (t *Thread) Name() string { return t.name }

// Process returns the process the thread belongs to.
func (t *Thread) Process() *Process { return t.proc }

// Alive reports whether the thread has started and not yet ended (Python's is_alive).
func (t *Thread) Alive() bool { return t.started && !t.ended }

// Err returns the error the thread's function returned, once it has ended.
func (t *Thread) Err() error { return t.err }

// SetLine tells the kernel which script line the thread is executing; trace events it records carry it.
func (t *Thread) SetLine(line int) { t.line = line }

// Line returns the script line last given to SetLine.
func (t *Thread) Line() int { return t.line }

func (k *Kernel) newThread(p *Process, name string, daemon bool, fn func(ctx context.Context) error) *Thread {
	if len(k.threads) >= k.cfg.MaxThreads {
		k.fail(&LimitError{Limit: "threads", Msg: fmt.Sprintf("more than %d threads", k.cfg.MaxThreads)})
	}
	t := &Thread{k: k, id: len(k.threads) + 1, name: name, proc: p, daemon: daemon, fn: fn,
		wake: make(chan struct{}, 1)}
	t.ctx = context.WithValue(context.Background(), kernelKey{}, k)
	k.threads = append(k.threads, t)
	p.threads = append(p.threads, t)
	p.live++
	k.live++
	t.started = true
	// The goroutine first: recording the start can end the run (the event limit), and teardown then
	// wakes every thread not ended, this one too.
	go k.threadMain(t)
	k.emitAs(t, trace.Event{Kind: trace.ThreadStart, Name: name})
	return t
}

func (k *Kernel) threadMain(t *Thread) {
	<-t.wake
	t.err = k.runBody(t)
	k.threadEnd(t)
}

func (k *Kernel) runBody(t *Thread) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ok := r.(exitSignal); ok {
			err = errKilled
			return
		}
		if k.tearingDown {
			err = errKilled
			return
		}
		err = &PanicError{Thread: t.name, Value: r}
		k.stop(err)
	}()
	if t.killed || k.stopping {
		panic(exitSignal{})
	}
	return t.fn(t.ctx)
}

// threadEnd runs on the ending thread's goroutine, which returns right after.
func (k *Kernel) threadEnd(t *Thread) {
	t.ended = true
	if k.tearingDown {
		k.ack <- struct{}{}
		return
	}
	k.live--
	if k.stopping {
		k.finish()
		return
	}
	defer func() { // recording the end can reach the event limit (Kernel.fail): the run ends here
		if r := recover(); r != nil {
			if _, ok := r.(exitSignal); !ok {
				panic(r)
			}
			k.finish()
		}
	}()
	k.started(t)
	k.releaseCPU(t)
	k.emit(trace.Event{Kind: trace.ThreadExit})
	for t.joiners.wakeOne(k) {
	}
	if t.id == 1 {
		k.mainEnded = true
	}
	if k.mainEnded && k.live > 0 && k.onlyDaemonsLeft() {
		// The main thread has done its exit work (executors shut down, non-daemon threads joined) and
		// no other process runs: CPython's interpreter exits now, abandoning daemon threads wherever
		// they are.
		k.stop(nil)
		k.finish()
		return
	}
	p := t.proc
	p.live--
	if p.live == 0 {
		k.processEnd(p)
	}
	k.dispatch(nil)
}

// park blocks the running thread until unpark or, if timeout is not Forever, until the timeout passes.
// It reports whether the thread was woken rather than timed out; a timeout ≤ 0 returns false at once. what and id describe the wait for a
// deadlock report.
func (k *Kernel) park(what string, id int, timeout time.Duration) bool {
	t := k.cur
	if k.tearingDown || t.killed {
		panic(exitSignal{})
	}
	if timeout <= 0 {
		return false // a poll never blocks
	}
	if what != "gil" {
		k.started(t) // a new thread that blocks before taking the GIL has started all the same
	}
	t.parked, t.timedOut = true, false
	t.waitWhat, t.waitID = what, id
	if timeout != Forever {
		t.tm = timer{at: k.now + timeout, seq: k.nextSeq(), t: t, gen: t.parkGen}
		k.timers.push(&t.tm)
	}
	k.switchAway(t)
	return !t.timedOut
}

// switchAway gives the baton to the next thread and waits for t's next turn.
func (k *Kernel) switchAway(t *Thread) {
	if k.inlineTurn {
		panic("sim: a thread's inline turn blocked")
	}
	if !k.dispatch(t) {
		<-t.wake
	}
	if t.killed {
		panic(exitSignal{})
	}
}

// unpark makes a parked thread runnable again and cancels its timeout.
func (k *Kernel) unpark(t *Thread) {
	t.parked = false
	t.waitWhat, t.waitID = "", 0
	t.parkGen++
	if t.tm.index >= 0 && t.tm.t == t && len(k.timers) > t.tm.index && k.timers[t.tm.index] == &t.tm {
		k.timers.remove(t.tm.index)
	}
	k.runq.push(t)
}

// start makes t runnable and lets it run before the running thread continues, as Python's
// Thread.start does: a caller holding the GIL lets go of it and waits until t has started (has taken
// the GIL, blocked or ended), then waits its turn for the GIL, which a CPU-bound t keeps for a switch
// interval.
func (k *Kernel) start(t *Thread) {
	k.runq.push(t)
	cur := k.cur
	if cur == nil {
		return
	}
	if !cur.holdsGIL {
		k.yield()
		return
	}
	t.starter = cur
	k.block("start", t.id, Forever)
}

// started wakes the thread waiting in start for t, if any.
func (k *Kernel) started(t *Thread) {
	s := t.starter
	if s == nil {
		return
	}
	t.starter = nil
	if s.parked && s.waitWhat == "start" && s.waitID == t.id {
		k.unpark(s)
	}
}

// yield puts the running thread at the back of the run queue.
func (k *Kernel) yield() {
	t := k.cur
	k.runq.push(t)
	k.switchAway(t)
}

// A waiter is a parked thread in some wait queue, valid while the thread's park generation matches.
type waiter struct {
	t   *Thread
	gen uint64
}

// waitq is a FIFO of parked threads. Entries of threads that have since woken (timed out, killed) are
// stale and skipped.
type waitq struct {
	items []waiter
	head  int
}

func (q *waitq) add(t *Thread) { q.items = append(q.items, waiter{t, t.parkGen}) }

func (q *waitq) empty() bool {
	q.skipStale()
	return q.head == len(q.items)
}

func (q *waitq) skipStale() {
	for q.head < len(q.items) {
		w := q.items[q.head]
		if w.t.parked && w.t.parkGen == w.gen {
			return
		}
		q.items[q.head] = waiter{}
		q.head++
	}
	q.items, q.head = q.items[:0], 0
}

// wakeOne unparks the first valid waiter and reports whether there was one.
func (q *waitq) wakeOne(k *Kernel) bool {
	t := q.take()
	if t == nil {
		return false
	}
	k.unpark(t)
	return true
}

// take removes and returns the first valid waiter's thread without waking it (nil if none).
func (q *waitq) take() *Thread {
	q.skipStale()
	if q.head == len(q.items) {
		return nil
	}
	t := q.items[q.head].t
	q.items[q.head] = waiter{}
	q.head++
	return t
}

// threadQueue is the FIFO run queue.
type threadQueue struct {
	items []*Thread
	head  int
}

func (q *threadQueue) len() int { return len(q.items) - q.head }

func (q *threadQueue) push(t *Thread) {
	if q.head > 0 && q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	q.items = append(q.items, t)
}

func (q *threadQueue) pop() *Thread {
	t := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	return t
}

// onlyDaemonsLeft reports whether every thread still alive is a daemon thread of the main process,
// which the interpreter abandons when it exits.
func (k *Kernel) onlyDaemonsLeft() bool {
	main := k.threads[0].proc
	for _, t := range k.threads {
		if !t.ended && !(t.daemon && t.proc == main) {
			return false
		}
	}
	return true
}
