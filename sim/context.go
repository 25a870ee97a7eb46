package sim

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

type kernelKey struct{}

// kernelOf returns the kernel a simulated thread's context belongs to. Calling a blocking function of
// this package with a context that did not come from a simulated thread is a programming error.
func kernelOf(ctx context.Context) *Kernel {
	k, _ := ctx.Value(kernelKey{}).(*Kernel)
	if k == nil {
		panic("sim: context does not belong to a simulated thread")
	}
	return k
}

// FromContext returns the kernel running the simulated thread that ctx came from, or nil.
func FromContext(ctx context.Context) *Kernel {
	k, _ := ctx.Value(kernelKey{}).(*Kernel)
	return k
}

// Now returns the current virtual time of ctx's run.
func Now(ctx context.Context) time.Duration { return kernelOf(ctx).now }

// CurrentThread returns the simulated thread that is running (the caller).
func CurrentThread(ctx context.Context) *Thread { return kernelOf(ctx).cur }

// CurrentProcess returns the process of the running thread.
func CurrentProcess(ctx context.Context) *Process { return kernelOf(ctx).cur.proc }

// Sleep blocks the running thread for d of virtual time (releasing the GIL meanwhile). d ≤ 0 lets the
// other runnable threads go first, like time.sleep(0). It returns ctx's error if ctx is done on entry
// or once the sleep is over: cancellation is cooperative and never cuts a sleep short. A signal does
// (Process.Interrupt): then it returns ErrInterrupted.
func Sleep(ctx context.Context, d time.Duration) error {
	k := kernelOf(ctx)
	if err := ctx.Err(); err != nil {
		return err
	}
	k.callStart("sleep", 0, "", "")
	interrupted := false
	if d <= 0 {
		k.yieldGIL(k.cur)
	} else {
		interrupted = k.block("sleep", 0, d) // only Process.Interrupt wakes a sleeper early
	}
	k.callEnd("sleep", 0, "")
	if interrupted {
		return ErrInterrupted
	}
	return ctx.Err()
}

// startUp spends a new worker process's start-up time (Config.ProcessStart): the interpreter starts
// and imports the main module. The trace shows it as the call "startup", not as a sleep of the script.
func (k *Kernel) startUp() {
	k.callStart("startup", 0, "", "")
	k.block("startup", 0, k.cfg.ProcessStart)
	k.callEnd("startup", 0, "")
}

// Record adds an event to the trace on behalf of the running thread: front ends use it for what only
// they see (print output, errors). Time, Seq, Thread and Process are filled in; Line too, if zero.
func Record(ctx context.Context, e trace.Event) {
	kernelOf(ctx).emit(e)
}

// Go starts a new thread in the running thread's process. A daemon thread is not waited for at exit.
// Like Python's Thread.start, Go lets the new thread run first, until it blocks, and lets go of the GIL
// meanwhile (Thread.start waits for the new thread to start), so that a CPU-bound new thread keeps the
// GIL a switch interval before the caller gets it back; ctx identifies the new thread's
// run, not its cancellation: give fn a context of your own through a closure to cancel it cooperatively.
func Go(ctx context.Context, name string, daemon bool, fn func(ctx context.Context) error) *Thread {
	k := kernelOf(ctx)
	t := k.newThread(k.cur.proc, name, daemon, fn)
	k.start(t)
	return t
}

// Join waits until t ends or timeout passes, and reports whether t has ended.
func (t *Thread) Join(ctx context.Context, timeout time.Duration) bool {
	k := kernelOf(ctx)
	if t.ended {
		return true
	}
	k.callStart("join", 0, t.name, "")
	t.joiners.add(k.cur)
	k.block("join", t.id, timeout)
	k.callEnd("join", 0, k.interruptOutcome("join", boolStr(t.ended)))
	return t.ended
}

func boolStr(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
