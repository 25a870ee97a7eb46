package sim

import (
	"context"
	"strconv"

	"github.com/futurescope/futurescope/sim/trace"
)

// ProcessPoolOptions are ProcessPoolExecutor's constructor arguments, plus the hooks that make a
// worker an isolated process.
type ProcessPoolOptions struct {
	// MaxWorkers caps the worker processes (default: the run's cores); negative is ValueError.
	MaxWorkers int
	// MaxTasksPerChild, when > 0, replaces a worker after it has run that many tasks.
	MaxTasksPerChild int
	// Initializer runs in each new worker process; an error makes the worker exit, which breaks the pool.
	Initializer func(ctx context.Context) error
	// Bootstrap runs first in each new worker process, after its start-up time: a script front end
	// re-imports the main module there, as spawn and forkserver do.
	Bootstrap func(ctx context.Context) error
	// Pickle copies a value across the process boundary, as pickle does: each payload (WithPayload) on
	// its way into the call queue and each result on its way back. An error fails that future alone.
	// Nil lets values cross as they are.
	Pickle func(v any) (any, error)
	// Unpickle rebuilds, on the parent's manager thread, each result a worker sent back, as the result
	// pipe's recv does. An error breaks the pool (BrokenProcessPool for every unfinished future, its cause
	// a _RemoteTraceback with the error formatted by FormatException), as CPython's result handler does.
	// Nil takes results as they are.
	Unpickle func(ctx context.Context, v any) (any, error)
	// FormatException formats, in the worker, a task's exception as Python's traceback.format_exception
	// does (its chain of causes, frames and last lines, ending with a newline): the text of the
	// _RemoteTraceback that becomes its cause in the parent. Nil formats the chain of last lines alone.
	FormatException func(e *Exception) string
	// WorkerName is the prefix of the workers' names ("SpawnProcess-" if empty; "ForkProcess-" for
	// fork, "SpawnPoolWorker-" for multiprocessing.Pool); the number is the worker's identity (NextChildID).
	WorkerName string
	// Fork, when set, is called in the parent as each worker starts, and returns that worker's
	// bootstrap (in place of Bootstrap): a fork copies the parent's state at that moment.
	Fork func() func(ctx context.Context) error
	// Eager starts every worker at the first submit, before the manager thread, as CPython does when
	// workers are forked.
	Eager bool
	// ReplaceDead replaces a worker that dies (killed, os._exit) with a new one, as multiprocessing.Pool's
	// _maintain_pool does, instead of breaking the pool: the task it was running is lost, its future
	// never finishes. Once TerminateWorkers or KillWorkers is called a death breaks the pool as without it.
	ReplaceDead bool
	// Name is the executor's name in the trace ("ProcessPoolExecutor" if empty; "Pool" for
	// multiprocessing.Pool, whose arguments are then shown with Pool's names).
	Name string
}

// A ProcessPool is ProcessPoolExecutor. Submitted work waits in a pending table; a management thread in
// the parent moves it into a call queue of MaxWorkers+1 slots, marking each future RUNNING as it enters
// (so up to 2*MaxWorkers+1 futures report running), and only when it wakes up: on a submit, a result, a
// shutdown or a worker's death. Worker processes (started on demand, each with its own state) take calls
// from the queue and send results back; the manager completes the futures and runs their callbacks. A
// worker that dies makes every unfinished future fail with BrokenProcessPool.
type ProcessPool struct {
	k          *Kernel
	id         int
	opts       ProcessPoolOptions
	maxWorkers int

	pending   pendingTable
	workIDs   []int
	callQ     *Queue
	inFlight  int      // calls on their way into callQ (see callQueueLatency)
	feeding   callFIFO // those calls, oldest first
	feeder    timer    // fires when the oldest arrives
	deliverFn func()
	inbox     managerInbox
	manager   *Thread
	atInbox   bool             // the manager's goroutine is parked in the inbox wait, holding no GIL
	procs     map[int]*Process // live workers by pid
	exited    int              // workers that ended since the manager last looked
	order     []*Process       // every worker started, in order
	nextProc  int

	idleTokens     int
	broken         string
	shutdownThread bool
	cancelPending  bool
	terminated     bool // TerminateWorkers or KillWorkers was called: a worker's death breaks the pool even with ReplaceDead
}

const (
	brokenPool   = "A child process terminated abruptly, the process pool is not usable anymore"
	brokenFuture = "A process in the process pool was terminated abruptly while the future was running or pending."
)

// NewProcessPool makes a process pool owned by the running thread's process.
func NewProcessPool(ctx context.Context, opts ProcessPoolOptions) (*ProcessPool, error) {
	k := kernelOf(ctx)
	if opts.MaxWorkers < 0 {
		return nil, NewException(ValueError, "max_workers must be greater than 0")
	}
	if opts.MaxTasksPerChild < 0 {
		return nil, NewException(ValueError, "max_tasks_per_child must be >= 1")
	}
	if opts.MaxWorkers == 0 {
		opts.MaxWorkers = k.cfg.Cores
	}
	p := &ProcessPool{k: k, opts: opts, maxWorkers: opts.MaxWorkers, procs: map[int]*Process{}}
	p.callQ = NewQueue(ctx, 0) // bounded by the manager, which counts calls in flight too
	p.inbox.k = k
	p.deliverFn = p.deliver
	k.nextExec++
	p.id = k.nextExec
	k.executors = append(k.executors, p)
	args := "max_workers=" + strconv.Itoa(p.maxWorkers)
	if opts.MaxTasksPerChild > 0 {
		args += ", max_tasks_per_child=" + strconv.Itoa(opts.MaxTasksPerChild)
	}
	name := opts.Name
	if name == "" {
		name = "ProcessPoolExecutor"
	} else if name == "Pool" { // multiprocessing.Pool's own argument names
		args = "processes=" + strconv.Itoa(p.maxWorkers)
		if opts.MaxTasksPerChild > 0 {
			args += ", maxtasksperchild=" + strconv.Itoa(opts.MaxTasksPerChild)
		}
	}
	k.emit(trace.Event{Kind: trace.ExecutorCreate, Target: p.id, Name: name, Args: args})
	return p, nil
}

// ID returns the executor's id in the trace.
func (p *ProcessPool) ID() int { return p.id }

// MaxWorkers returns the pool's process cap.
func (p *ProcessPool) MaxWorkers() int { return p.maxWorkers }

// Processes returns every worker process started so far, in start order.
func (p *ProcessPool) Processes() []*Process { return p.order }

// Submit records task as pending work, wakes the manager and, if no worker is idle, starts one.
// After Shutdown it returns RuntimeError; on a broken pool, BrokenProcessPool.
func (p *ProcessPool) Submit(ctx context.Context, task Task, opts ...SubmitOption) (*Future, error) {
	k := p.k
	if p.broken != "" {
		return nil, NewException(BrokenProcessPool, p.broken)
	}
	if err := refuseAfterShutdown(k, p.shutdownThread); err != nil {
		return nil, err
	}
	s := newSubmission(opts)
	if s.line != 0 {
		k.cur.line = s.line
	}
	f := k.newFuture(p.id, s.fn, s.args)
	c := &callItem{workItem: workItem{f: f, task: task, ctx: ctx}}
	if s.hasLoad {
		c.payload, c.hasLoad = s.payload, true
	}
	p.workIDs = append(p.workIDs, p.pending.add(c))
	k.emit(trace.Event{Kind: trace.FutureQueued, Future: f.id, Name: "work_queue"})
	p.inbox.wakeup()
	if p.opts.Eager {
		if p.manager == nil {
			p.Launch()
		}
	} else {
		p.adjustProcessCount()
	}
	if p.manager == nil {
		p.startManager()
	} else {
		k.yield() // writing to the wake-up pipe releases the GIL: the manager gets to run
	}
	return f, nil
}

func (p *ProcessPool) adjustProcessCount() {
	if p.idleTokens > 0 {
		p.idleTokens--
		return
	}
	if len(p.procs) < p.maxWorkers {
		p.spawn()
	}
}

// Launch starts workers until the pool has MaxWorkers of them (multiprocessing.Pool starts them all
// at once).
func (p *ProcessPool) Launch() {
	for len(p.procs) < p.maxWorkers {
		p.spawn()
	}
}

func (p *ProcessPool) startManager() {
	if p.manager != nil {
		return
	}
	k := p.k
	name := k.cur.proc.NewThreadName("")
	p.manager = k.newThread(k.cur.proc, name, false, p.manage)
	p.manager.inline = p.turnInline
	k.start(p.manager)
}

// Shutdown stops the pool taking work and wakes the manager, which cancels the pending work that has not
// entered the call queue (with cancelFutures), lets the rest finish and stops the workers. With wait, it
// returns once the manager has done all that.
func (p *ProcessPool) Shutdown(ctx context.Context, wait, cancelFutures bool) error {
	return p.ShutdownInterruptible(ctx, wait, cancelFutures, nil)
}

// ShutdownInterruptible is Shutdown in a thread a signal can interrupt: each time InterruptWait cuts
// the manager's join short it calls onWake, and an error from onWake (the handler's
// KeyboardInterrupt) ends the call with it, the manager left running; else the join goes on.
func (p *ProcessPool) ShutdownInterruptible(ctx context.Context, wait, cancelFutures bool, onWake func() error) error {
	k := p.k
	k.emit(trace.Event{Kind: trace.ExecutorShutdown, Target: p.id, Args: shutdownArgs(wait, cancelFutures)})
	p.cancelPending = cancelFutures
	p.shutdownThread = true
	p.inbox.wakeup()
	if wait && p.manager != nil {
		k.callStart("shutdown", 0, shutdownArgs(wait, cancelFutures), "")
		if err := joinInterruptible(ctx, p.manager, onWake); err != nil {
			k.callEnd("shutdown", 0, outcomeOf(err))
			return err
		}
		k.callEnd("shutdown", 0, "")
	}
	return nil
}

// TerminateWorkers is Python 3.14's terminate_workers(): shutdown(wait=False, cancel_futures=True),
// then SIGTERM to every live worker. Futures that were running or in the call queue fail with
// BrokenProcessPool.
func (p *ProcessPool) TerminateWorkers(ctx context.Context) { p.forceShutdown(ctx, 15) }

// KillWorkers is Python 3.14's kill_workers(): as TerminateWorkers, with SIGKILL.
func (p *ProcessPool) KillWorkers(ctx context.Context) { p.forceShutdown(ctx, 9) }

func (p *ProcessPool) forceShutdown(ctx context.Context, signal int) {
	live := make([]*Process, 0, len(p.order))
	for _, w := range p.order {
		if w.Alive() {
			live = append(live, w)
		}
	}
	p.terminated = true
	p.Shutdown(ctx, false, true)
	for _, w := range live {
		w.Kill(signal)
	}
}

// Map calls fn on every item in the worker processes, chunkSize items a task (see MapIterator).
func (p *ProcessPool) Map(ctx context.Context, fn MapFunc, items []any, opts MapOptions) (*MapIterator, error) {
	if opts.ChunkSize < 0 {
		return nil, NewException(ValueError, "chunksize must be >= 1.")
	}
	submit := func(t Task, o ...SubmitOption) (*Future, error) { return p.Submit(ctx, t, o...) }
	return mapOn(ctx, submit, fn, items, opts, opts.ChunkSize > 1)
}

func (p *ProcessPool) wakeForExit() { p.inbox.wakeup() }

func (p *ProcessPool) joinForExit(ctx context.Context) {
	if p.manager != nil {
		p.manager.Join(ctx, Forever)
	}
}
