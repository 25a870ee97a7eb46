package sim

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A resultItem is what a worker sends back to the manager (CPython's _ResultItem).
type resultItem struct {
	workID  int
	value   any
	err     error
	exitPID int // the worker exits after this result (max_tasks_per_child)
}

// A callItem is what the manager puts in the call queue (CPython's _CallItem): the work item, with its
// id and the payload as pickled for the worker. Submit makes it with its work item, in one allocation;
// the manager fills in the rest.
type callItem struct {
	workItem
	workID int
	sent   any
	at     time.Duration // when it reaches the workers (see callQueueLatency)
}

// managerInbox is what the manager thread waits on: the result pipe, the wake-up pipe and the workers'
// sentinels, read in that order of priority as CPython's wait_result_broken_or_wakeup does.
type managerInbox struct {
	k       *Kernel
	results []resultItem // results[head:] wait; the array is reused once all are taken
	head    int
	woken   bool
	waiting waitq
}

func (in *managerInbox) wakeup() {
	in.woken = true
	in.waiting.wakeOne(in.k)
}

func (in *managerInbox) poke() { in.waiting.wakeOne(in.k) }

// take removes and returns the oldest result, if any; taking one consumes a wake-up too.
func (in *managerInbox) take() (resultItem, bool) {
	if in.head == len(in.results) {
		return resultItem{}, false
	}
	r := in.results[in.head]
	in.results[in.head] = resultItem{} // the queue's array keeps no value once taken
	if in.head++; in.head == len(in.results) {
		in.results, in.head = in.results[:0], 0
	}
	in.woken = false
	return r, true
}

func (in *managerInbox) put(r resultItem) {
	in.results = append(in.results, r)
	in.waiting.wakeOne(in.k)
}

// manage is the _ExecutorManagerThread's run loop.
func (p *ProcessPool) manage(ctx context.Context) error {
	for {
		p.addCallItemsToQueue(ctx)
		r, got, broken, cause := p.waitResultBrokenOrWakeup(ctx)
		if broken {
			p.terminateBroken(cause)
			return nil
		}
		if got {
			p.processResult(ctx, &r)
		}
		if p.k.exiting || p.shutdownThread {
			p.flagShuttingDown()
			p.addCallItemsToQueue(ctx)
			if p.pending.len() == 0 {
				p.joinInternals(ctx)
				return nil
			}
		}
	}
}

// waitResultBrokenOrWakeup returns the next result, or reports the pool broken: a worker died, or a
// result could not be unpickled (then with the error as cause).
func (p *ProcessPool) waitResultBrokenOrWakeup(ctx context.Context) (r resultItem, got, broken bool, cause *Exception) {
	in := &p.inbox
	for {
		if item, ok := in.take(); ok {
			if p.opts.Unpickle != nil && item.err == nil {
				v, err := p.opts.Unpickle(ctx, item.value)
				if err != nil {
					return resultItem{}, false, true, p.unpickleCause(err)
				}
				item.value = v
			}
			return item, true, false, nil
		}
		if in.woken {
			in.woken = false
			return resultItem{}, false, false, nil
		}
		if p.exited > 0 {
			p.exited = 0
			for _, w := range p.order {
				if p.procs[w.pid] != w || !w.ended {
					continue
				}
				if !p.opts.ReplaceDead || p.terminated || p.k.exiting {
					return resultItem{}, false, true, nil
				}
				delete(p.procs, w.pid)
				p.spawn()
			}
		}
		in.waiting.add(p.k.cur)
		p.atInbox = !p.k.cur.holdsGIL // waking, it takes no GIL back: a turn from here can run inline
		p.k.block("manager", p.id, Forever)
		p.atInbox = false
	}
}

func (p *ProcessPool) processResult(ctx context.Context, r *resultItem) {
	if w := p.pending.get(r.workID); w != nil {
		p.pending.delete(r.workID)
		if r.err != nil {
			w.f.SetException(r.err)
		} else {
			w.f.SetResult(r.value)
		}
	}
	if r.exitPID == 0 {
		p.idleTokens++
		return
	}
	w := p.procs[r.exitPID]
	delete(p.procs, r.exitPID)
	w.Join(ctx, Forever)
	if !p.shutdownThread && !p.k.exiting && len(p.procs) < p.maxWorkers {
		p.spawn()
	}
}

// addCallItemsToQueue moves pending work into the call queue while it has room, marking each future
// RUNNING (or notifying its cancellation) on the way; payloads are pickled here, as the queue's feeder
// thread does, and a payload that cannot be pickled fails its future alone.
func (p *ProcessPool) addCallItemsToQueue(ctx context.Context) {
	for p.callQ.Len()+p.inFlight < p.maxWorkers+1 && len(p.workIDs) > 0 {
		id := p.workIDs[0]
		p.workIDs = p.workIDs[1:]
		item := p.pending.get(id)
		w := &item.workItem
		if ok, _ := w.f.SetRunningOrNotifyCancel(); !ok {
			p.pending.delete(id)
			continue
		}
		item.workID, item.sent = id, w.payload
		if w.hasLoad && p.opts.Pickle != nil {
			copied, err := p.opts.Pickle(w.payload)
			if err != nil {
				p.pending.delete(id)
				w.f.SetException(err)
				continue
			}
			item.sent = copied
		}
		p.k.emit(trace.Event{Kind: trace.FutureQueued, Future: w.f.id, Name: "call_queue"})
		p.feed(item)
	}
}

// callQueueLatency is how long a call takes to reach the workers once the manager has put it in the
// call queue: the queue's feeder thread pickles it and writes it to a pipe, which the worker reads.
// Until then it counts toward the queue's size but no worker can take it.
const callQueueLatency = 100 * time.Microsecond

// feed sends item on its way to the workers. Calls in flight wait in order in p.feeding, with one
// timer (p.feeder) armed for the oldest.
func (p *ProcessPool) feed(item *callItem) {
	k := p.k
	item.at = k.now + callQueueLatency
	p.feeding.push(item)
	p.inFlight++
	if p.feeding.len() == 1 {
		p.armFeeder()
	}
}

func (p *ProcessPool) armFeeder() {
	p.feeder = timer{at: p.feeding.front().at, seq: p.k.nextSeq(), fn: p.deliverFn}
	p.k.timers.push(&p.feeder)
}

// deliver moves the calls that have arrived into the call queue.
func (p *ProcessPool) deliver() {
	for p.feeding.len() > 0 && p.feeding.front().at <= p.k.now {
		item := p.feeding.pop()
		p.inFlight--
		p.callQ.Put(p.k.cur.ctx, item, Forever)
	}
	if p.feeding.len() > 0 {
		p.armFeeder()
	}
}

// flagShuttingDown cancels, if asked to, the pending work that has not entered the call queue.
func (p *ProcessPool) flagShuttingDown() {
	p.shutdownThread = true
	if !p.cancelPending {
		return
	}
	for _, id := range p.pending.ids() {
		if p.pending.get(id).f.Cancel() {
			p.pending.delete(id)
		}
	}
	p.workIDs = nil
	p.cancelPending = false
}

// unpickleCause is the cause terminate_broken gives BrokenProcessPool when a result could not be read:
// a _RemoteTraceback holding the error's traceback, formatted in the parent.
func (p *ProcessPool) unpickleCause(err error) *Exception {
	e, ok := err.(*Exception)
	if !ok {
		e = &Exception{Class: ClassOf(err), Message: err.Error()}
	}
	format := p.opts.FormatException
	if format == nil {
		format = formatChain
	}
	return &Exception{Class: RemoteTraceback, Message: "\n'''\n" + format(e) + "'''"}
}

// terminateBroken fails every unfinished future with BrokenProcessPool (its cause, if not nil, says why)
// and terminates the workers.
func (p *ProcessPool) terminateBroken(cause *Exception) {
	k := p.k
	p.broken = brokenPool
	p.shutdownThread = true
	k.emit(trace.Event{Kind: trace.ExecutorBroken, Target: p.id, Value: p.broken})
	for _, id := range p.pending.ids() {
		if f := p.pending.get(id).f; !f.Cancelled() {
			bpe := NewException(BrokenProcessPool, brokenFuture)
			if cause != nil {
				bpe.Cause = cause
			}
			f.SetException(bpe)
		}
	}
	p.pending.clear()
	p.workIDs = nil
	for _, w := range p.order {
		w.Kill(15)
	}
}

// joinInternals sends one stop sentinel per live worker and waits for them to exit.
func (p *ProcessPool) joinInternals(ctx context.Context) {
	for range p.procs {
		p.callQ.Put(ctx, nil, Forever)
	}
	for _, w := range p.order {
		if p.procs[w.pid] == w {
			w.Join(ctx, Forever)
		}
	}
}

// remoteError gives a task's exception the cause a process pool gives it, whatever cause it had (CPython's
// _ExceptionWithTraceback, which pickle does not send the cause with): a _RemoteTraceback holding the
// worker's traceback as text, the exception's chain of causes included.
func (p *ProcessPool) remoteError(err error) error {
	e, ok := err.(*Exception)
	if !ok {
		e = &Exception{Class: ClassOf(err), Message: err.Error()}
	}
	format := p.opts.FormatException
	if format == nil {
		format = formatChain
	}
	e.Cause = &Exception{Class: RemoteTraceback, Message: "\n\"\"\"\n" + format(e) + "\"\"\""}
	return e
}

// formatChain formats e as a traceback without frames: its causes' last lines, oldest first, each
// followed by CPython's "The above exception was the direct cause …", then the traceback's header and
// e's last line.
func formatChain(e *Exception) string {
	var text string
	seen := map[*Exception]bool{e: true}
	for c, ok := e.Cause.(*Exception); ok && !seen[c]; c, ok = c.Cause.(*Exception) {
		seen[c] = true
		text = c.Error() + "\n\n" + DirectCause + "\n\n" + text
	}
	return text + "Traceback (most recent call last):\n" + e.Error() + "\n"
}

// spawn starts a worker process.
func (p *ProcessPool) spawn() {
	k := p.k
	prefix := p.opts.WorkerName
	if prefix == "" {
		prefix = "SpawnProcess-"
	}
	boot := p.opts.Bootstrap
	if p.opts.Fork != nil {
		boot = p.opts.Fork()
	}
	id := NextChildID(k.cur.ctx)
	var w *Process
	w = StartProcess(k.cur.ctx, prefix+id, func(ctx context.Context) error {
		return p.work(ctx, w, boot)
	})
	w.SetIdentity(id)
	p.procs[w.pid] = w
	p.order = append(p.order, w)
	w.OnExit(func(*Process) {
		p.exited++
		p.inbox.poke()
	})
}

// work is a worker process's main (CPython's _process_worker), after its start-up time.
func (p *ProcessPool) work(ctx context.Context, self *Process, boot func(ctx context.Context) error) error {
	k := p.k
	k.startUp()
	if boot != nil {
		if err := boot(ctx); err != nil {
			return err
		}
	}
	if p.opts.Initializer != nil {
		if err := p.opts.Initializer(ctx); err != nil {
			k.log("CRITICAL", "Exception in initializer:\n"+err.Error())
			return nil
		}
	}
	for done := 0; ; {
		v, _ := p.callQ.Get(ctx, Forever)
		if v == nil {
			return nil
		}
		item := v.(*callItem)
		done++
		r := p.runCall(item)
		if p.opts.MaxTasksPerChild > 0 && done >= p.opts.MaxTasksPerChild {
			r.exitPID = self.pid
		}
		p.inbox.put(r)
		if r.exitPID != 0 {
			return nil
		}
	}
}

func (p *ProcessPool) runCall(item *callItem) resultItem {
	w := &item.workItem
	if w.hasLoad {
		w = &workItem{f: w.f, task: w.task, ctx: context.WithValue(w.ctx, payloadKey{}, payloadBox{item.sent})}
	}
	v, err := w.execute(p.k)
	if err != nil {
		err = p.remoteError(err)
	} else if p.opts.Pickle != nil {
		v, err = p.opts.Pickle(v)
	}
	return resultItem{workID: item.workID, value: v, err: err}
}
