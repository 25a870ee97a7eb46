package sim

// Inline turns. Every simulated thread is a goroutine, and handing the baton from one to another costs
// a goroutine switch (some 200 ns of CPU, more when the Go scheduler wakes an idle core for it). Some
// threads are the simulator's own machinery, not user code: the process pool's manager, woken on every
// submit and every result, mostly moves items between queues and parks again. When such a thread's
// next turn provably cannot block, the dispatcher runs that turn itself, on its own goroutine, with the
// thread as the current one, and re-parks it where its goroutine is still waiting; the goroutine is
// woken only for a turn that may block. The trace is the same either way: the turn does the same things
// at the same virtual time, in the same order with the other threads.

// turnOutcome is what runInline did with a thread's turn.
type turnOutcome int

const (
	turnDeclined turnOutcome = iota // the turn may block: the thread's goroutine must take it
	turnTaken                       // the turn ran and the thread is parked again
	turnStopped                     // the turn ended the run (a limit, or a panic)
)

// runInline asks t to take its turn on the calling goroutine (t.inline), with t as the current thread.
// A limit reached during the turn (Kernel.fail) or a panic stops the run, as it would have on t's own
// goroutine; t's goroutine, still parked, unwinds at teardown.
func (k *Kernel) runInline(t *Thread) (out turnOutcome) {
	k.inlineTurn = true
	defer func() {
		k.inlineTurn = false
		if r := recover(); r != nil {
			if _, ok := r.(exitSignal); !ok {
				k.stop(&PanicError{Thread: t.name, Value: r})
			}
			out = turnStopped
		}
	}()
	if t.killed || k.stopping || k.tearingDown || !t.inline() {
		return turnDeclined
	}
	return turnTaken
}

// parkInline parks the current thread t at the end of an inline turn, as park(what, id, Forever)
// does, without switching goroutines: the dispatcher goes on to the next thread.
func (k *Kernel) parkInline(t *Thread, what string, id int) {
	t.parked, t.timedOut = true, false
	t.waitWhat, t.waitID = what, id
}
