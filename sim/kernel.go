package sim

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A Kernel runs one simulation: its threads, processes, clock and trace. Make one with New, call Run
// once, then read Trace.
//
// Only one simulated thread executes at a time: the kernel hands a baton from thread to thread, so the
// simulation needs no locks and is deterministic whatever the Go scheduler does.
type Kernel struct {
	cfg Config
	now time.Duration
	seq uint64 // scheduling sequence: orders timers due at one instant

	timers timerHeap
	runq   threadQueue
	cur    *Thread
	cores  cores

	threads []*Thread // every thread ever started, by id-1
	procs   []*Process
	live    int // threads started and not yet ended

	events      trace.Store
	meta        map[string]string
	futures     int
	executors   []shutdowner
	nextPool    int // ThreadPoolExecutor-N counter
	nextExec    int
	ran         bool
	exiting     bool // the main thread has ended: new work is refused
	stopping    bool // a limit, deadlock or panic ended the run
	tearingDown bool // Run is unwinding the goroutines left behind
	finished    bool // done is closed
	inlineTurn  bool // a thread's turn runs on the dispatcher's goroutine (see runInline)
	mainEnded   bool // the main thread has ended: once only daemon threads are left, the run ends
	runErr      error
	mainErr     error
	done        chan struct{}
	ack         chan struct{}
}

// New returns a kernel that will run with cfg (zero fields take their defaults).
func New(cfg Config) *Kernel {
	return &Kernel{cfg: cfg.withDefaults(), meta: map[string]string{}}
}

// Config returns the settings the kernel runs with, defaults filled in.
func (k *Kernel) Config() Config { return k.cfg }

// Current returns the simulated thread that is running (nil outside Run).
func (k *Kernel) Current() *Thread { return k.cur }

// Now returns the current virtual time.
func (k *Kernel) Now() time.Duration { return k.now }

// SetMeta records a fact about the run in the trace's metadata.
func (k *Kernel) SetMeta(key, value string) { k.meta[key] = value }

// Run runs main as the main thread of the main process, then does what CPython does when the main
// module ends: it shuts down every executor still running (letting queued work finish) and joins every
// non-daemon thread. It returns when no simulated thread is left, with main's error, or with a
// *DeadlockError or *LimitError if the run could not finish. Every goroutine of the run has ended when
// Run returns.
func (k *Kernel) Run(main func(ctx context.Context) error) error {
	if k.ran {
		return errors.New("sim: run: a kernel runs only once")
	}
	k.ran = true
	k.done = make(chan struct{})
	k.ack = make(chan struct{})
	k.cores.free = k.cfg.Cores
	k.SetMeta("cores", strconv.Itoa(k.cfg.Cores))
	if k.cfg.FreeThreaded {
		k.SetMeta("free_threaded", "true")
	}
	if k.startMain(main) {
		k.dispatch(nil)
		<-k.done
	}
	k.teardown()
	if k.runErr != nil {
		return k.runErr
	}
	return k.mainErr
}

// startMain makes the main process and its main thread, ready to run main, and reports whether it
// could: recording their start can reach the event limit, which ends the run before it begins.
func (k *Kernel) startMain(main func(ctx context.Context) error) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, exit := r.(exitSignal); !exit {
				panic(r)
			}
			ok = false
		}
	}()
	p := k.newProcess("MainProcess")
	t := k.newThread(p, "MainThread", false, func(ctx context.Context) error {
		err := main(ctx)
		if err != nil {
			k.mainErr = err
		}
		k.atExit()
		return err
	})
	k.runq.push(t)
	return true
}

// Trace returns the run's trace so far (after Run: the whole run, partial if the run was stopped). It
// copies no event: the trace is a read-only view of the kernel's store, and events recorded later do not
// show in it.
func (k *Kernel) Trace() *trace.Trace {
	meta := make(map[string]string, len(k.meta))
	for key, v := range k.meta {
		meta[key] = v
	}
	return k.events.Trace(meta)
}

// dispatch hands the baton to the next runnable thread, advancing the clock when none can run. When no
// thread can run and no timer is pending, the run ends: finished if no thread is left, deadlocked
// otherwise. A thread whose turn can run inline (see Thread.inline) takes it here, on the caller's
// goroutine, and the baton goes on to the thread after it. The caller, if it is a thread (self), must
// then wait for its own turn, unless dispatch reports that the next turn is self's: then the baton is
// already back with it and no goroutine was woken.
func (k *Kernel) dispatch(self *Thread) (toSelf bool) {
	for {
		for k.runq.len() == 0 {
			if k.stopping {
				k.finish()
				return false
			}
			if len(k.timers) == 0 {
				if k.live > 0 {
					k.stop(k.deadlock())
				} else {
					k.stop(nil)
				}
				k.finish()
				return false
			}
			k.advance()
		}
		next := k.runq.pop()
		k.cur = next
		if next == self {
			return true
		}
		if next.inline != nil {
			switch k.runInline(next) {
			case turnTaken:
				continue
			case turnStopped:
				k.finish()
				return false
			}
		}
		next.wake <- struct{}{}
		return false
	}
}

// advance moves the clock to the earliest timer and fires every timer due then, in scheduling order.
func (k *Kernel) advance() {
	at := k.timers[0].at
	if at > k.cfg.TimeLimit {
		k.now = k.cfg.TimeLimit
		k.stop(k.timeLimit())
		return
	}
	k.now = at
	for len(k.timers) > 0 && k.timers[0].at == at {
		tm := k.timers.pop()
		if tm.fn != nil {
			tm.fn()
			continue
		}
		t := tm.t
		if t.parked && t.parkGen == tm.gen {
			t.timedOut = true
			k.unpark(t)
		}
	}
}

// stop marks the run as ended with err (nil: finished normally). The first error wins. The goroutine
// that holds the baton calls finish once it no longer touches the kernel.
func (k *Kernel) stop(err error) {
	if k.stopping {
		return
	}
	k.stopping = true
	k.runErr = err
}

// finish hands control back to Run, once.
func (k *Kernel) finish() {
	if !k.finished {
		k.finished = true
		close(k.done)
	}
}

// fail ends the run from inside the running thread with a limit error, recorded in the trace; the
// thread then unwinds (threadEnd calls finish).
func (k *Kernel) fail(e *LimitError) {
	k.events.Add(deadEvent(k, e.Limit, e.Msg))
	k.stop(e)
	panic(exitSignal{})
}

// teardown wakes every goroutine still parked, one at a time, so that each unwinds and ends.
func (k *Kernel) teardown() {
	k.tearingDown = true
	for _, t := range k.threads {
		if t.ended {
			continue
		}
		t.killed = true
		t.wake <- struct{}{}
		<-k.ack
	}
	k.cur = nil
}

func (k *Kernel) nextSeq() uint64 {
	k.seq++
	return k.seq
}

// after calls fn at now+d (d ≥ 0) on the clock. fn runs on whichever goroutine advances the clock and
// must not block.
func (k *Kernel) after(d time.Duration, fn func()) *timer {
	tm := &timer{at: k.now + d, seq: k.nextSeq(), fn: fn}
	k.timers.push(tm)
	return tm
}
