package sim

import (
	"context"
	"fmt"
	"strconv"

	"github.com/futurescope/futurescope/sim/trace"
)

// ThreadPoolOptions are ThreadPoolExecutor's constructor arguments.
type ThreadPoolOptions struct {
	// MaxWorkers caps the pool's threads (default min(32, cores+4)); negative is ValueError.
	MaxWorkers int
	// ThreadNamePrefix names the threads PREFIX_0, PREFIX_1, ... (default "ThreadPoolExecutor-N").
	ThreadNamePrefix string
	// Initializer runs at the start of each worker thread; an error breaks the pool.
	Initializer func(ctx context.Context) error
	// Interpreters makes the pool CPython 3.14's InterpreterPoolExecutor: each worker thread owns an
	// interpreter with its own GIL (so the workers run Python code in parallel, with each other and
	// with the process's main interpreter), the trace names the executor InterpreterPoolExecutor, the
	// default prefix is "InterpreterPoolExecutor-N" (N counted with ThreadPoolExecutor's), and a failed
	// initializer breaks the pool with BrokenInterpreterPool.
	Interpreters bool
}

// A ThreadPool is ThreadPoolExecutor: a FIFO work queue served by up to MaxWorkers threads, started
// lazily (one per submit that finds no idle thread) and reused while idle. A future is PENDING while
// queued and becomes RUNNING when a worker takes it. Idle workers wait on the queue in the order they
// went idle, and each submit hands its item to the next of them, so two quick submits go to two
// different idle threads even though the first could run both.
type ThreadPool struct {
	k          *Kernel
	id         int
	prefix     string
	maxWorkers int
	init       func(ctx context.Context) error
	queue      *Queue
	idle       int
	threads    []*Thread
	broken     string
	brokenCls  *Class
	interps    bool
	shutdown   bool
}

const brokenThreadPool = "A thread initializer failed, the thread pool is not usable anymore"

// NewThreadPool makes a thread pool in the running thread's process.
func NewThreadPool(ctx context.Context, opts ThreadPoolOptions) (*ThreadPool, error) {
	k := kernelOf(ctx)
	if opts.MaxWorkers < 0 {
		return nil, NewException(ValueError, "max_workers must be greater than 0")
	}
	if opts.MaxWorkers == 0 {
		opts.MaxWorkers = min(32, k.cfg.Cores+4)
	}
	p := &ThreadPool{k: k, maxWorkers: opts.MaxWorkers, init: opts.Initializer, queue: NewSimpleQueue(ctx),
		prefix: opts.ThreadNamePrefix, brokenCls: BrokenThreadPool, interps: opts.Interpreters}
	name := "ThreadPoolExecutor"
	if p.interps {
		name, p.brokenCls = "InterpreterPoolExecutor", BrokenInterpreterPool
	}
	if p.prefix == "" {
		p.prefix = name + "-" + strconv.Itoa(k.nextPool)
		k.nextPool++
	}
	k.nextExec++
	p.id = k.nextExec
	k.executors = append(k.executors, p)
	k.emit(trace.Event{Kind: trace.ExecutorCreate, Target: p.id, Name: name,
		Args: "max_workers=" + strconv.Itoa(p.maxWorkers)})
	return p, nil
}

// ID returns the executor's id in the trace.
func (p *ThreadPool) ID() int { return p.id }

// MaxWorkers returns the pool's thread cap.
func (p *ThreadPool) MaxWorkers() int { return p.maxWorkers }

// Prefix returns the worker threads' name prefix (ThreadPoolExecutor's _thread_name_prefix).
func (p *ThreadPool) Prefix() string { return p.prefix }

// Threads returns the worker threads started so far.
func (p *ThreadPool) Threads() []*Thread { return p.threads }

// Submit queues task and returns its PENDING future. After Shutdown it returns RuntimeError("cannot
// schedule new futures after shutdown"); on a broken pool, BrokenThreadPool.
func (p *ThreadPool) Submit(ctx context.Context, task Task, opts ...SubmitOption) (*Future, error) {
	k := p.k
	if p.broken != "" {
		return nil, NewException(p.brokenCls, p.broken)
	}
	if err := refuseAfterShutdown(k, p.shutdown); err != nil {
		return nil, err
	}
	s := newSubmission(opts)
	if s.line != 0 {
		k.cur.line = s.line
	}
	f := k.newFuture(p.id, s.fn, s.args)
	p.queue.Put(ctx, &workItem{f: f, task: task, ctx: ctx}, Forever)
	k.emit(trace.Event{Kind: trace.FutureQueued, Future: f.id, Name: "work_queue"})
	p.adjustThreadCount()
	return f, nil
}

func refuseAfterShutdown(k *Kernel, shutdown bool) error {
	if shutdown {
		return NewException(RuntimeError, "cannot schedule new futures after shutdown")
	}
	if k.exiting {
		return NewException(RuntimeError, "cannot schedule new futures after interpreter shutdown")
	}
	return nil
}

func (p *ThreadPool) adjustThreadCount() {
	if p.idle > 0 {
		p.idle--
		return
	}
	if len(p.threads) >= p.maxWorkers {
		return
	}
	name := fmt.Sprintf("%s_%d", p.prefix, len(p.threads))
	t := p.k.newThread(p.k.cur.proc, name, false, p.worker)
	if p.interps {
		t.ownGIL = &gil{}
	}
	p.threads = append(p.threads, t)
	p.k.start(t)
}

// worker is CPython 3.12's _worker loop.
func (p *ThreadPool) worker(ctx context.Context) error {
	k := p.k
	if p.init != nil {
		if err := p.init(ctx); err != nil {
			k.log("CRITICAL", "Exception in initializer:\n"+err.Error())
			p.initializerFailed()
			return nil
		}
	}
	for {
		item, ok := p.queue.Get(ctx, 0)
		if !ok {
			p.idle++
			item, _ = p.queue.Get(ctx, Forever)
		}
		if item != nil {
			item.(*workItem).run(k)
			continue
		}
		if k.exiting || p.shutdown {
			p.shutdown = true
			p.queue.Put(ctx, nil, Forever)
			return nil
		}
	}
}

func (p *ThreadPool) initializerFailed() {
	p.broken = brokenThreadPool
	p.k.emit(trace.Event{Kind: trace.ExecutorBroken, Target: p.id, Value: p.broken})
	for p.queue.Len() > 0 {
		if w, ok := p.queue.pop().(*workItem); ok {
			w.f.SetException(NewException(p.brokenCls, p.broken))
		}
	}
}

// Shutdown stops the pool taking work. With cancelFutures, every queued future is cancelled (it stays
// CANCELLED: no worker will dequeue it, so wait and as_completed never see it). With wait, it returns
// once every worker has finished the queued work and exited.
func (p *ThreadPool) Shutdown(ctx context.Context, wait, cancelFutures bool) error {
	return p.ShutdownInterruptible(ctx, wait, cancelFutures, nil)
}

// ShutdownInterruptible is Shutdown in a thread a signal can interrupt: each time InterruptWait cuts
// a worker's join short it calls onWake, and an error from onWake (the handler's KeyboardInterrupt)
// ends the call with it, the workers left running; else the join goes on.
func (p *ThreadPool) ShutdownInterruptible(ctx context.Context, wait, cancelFutures bool, onWake func() error) error {
	k := p.k
	k.emit(trace.Event{Kind: trace.ExecutorShutdown, Target: p.id, Args: shutdownArgs(wait, cancelFutures)})
	p.shutdown = true
	if cancelFutures {
		for p.queue.Len() > 0 {
			if w, ok := p.queue.pop().(*workItem); ok {
				w.f.Cancel()
			}
		}
	}
	p.queue.Put(ctx, nil, Forever)
	if wait {
		k.callStart("shutdown", 0, shutdownArgs(wait, cancelFutures), "")
		for _, t := range p.threads {
			if err := joinInterruptible(ctx, t, onWake); err != nil {
				k.callEnd("shutdown", 0, outcomeOf(err))
				return err
			}
		}
		k.callEnd("shutdown", 0, "")
	}
	return nil
}

// Map calls fn on every item through the pool (see MapIterator). ChunkSize is ignored.
func (p *ThreadPool) Map(ctx context.Context, fn MapFunc, items []any, opts MapOptions) (*MapIterator, error) {
	submit := func(t Task, o ...SubmitOption) (*Future, error) { return p.Submit(ctx, t, o...) }
	return mapOn(ctx, submit, fn, items, opts, false)
}

func (p *ThreadPool) wakeForExit() { p.queue.Put(p.k.cur.ctx, nil, Forever) }

func (p *ThreadPool) joinForExit(ctx context.Context) {
	for _, t := range p.threads {
		t.Join(ctx, Forever)
	}
}
