package sim

// turnInline takes the manager's next turn on the dispatching goroutine (see Kernel.runInline) when
// nothing in it can block, and reports whether it did. The manager's goroutine is then parked in
// waitResultBrokenOrWakeup, holding no GIL, and its turn from there is the loop of manage: take each
// result and complete its future, move pending work into the call queue, and park in the inbox again.
// That turn blocks nowhere unless a result is unpickled (Python code), a payload pickled, a future's
// done callback run, a worker joined (max_tasks_per_child), a dead worker seen, or the pool shuts
// down: then the goroutine takes the turn.
func (p *ProcessPool) turnInline() bool {
	if !p.atInbox || !p.turnCannotBlock() {
		return false
	}
	k, t := p.k, p.manager
	for {
		if r, ok := p.inbox.take(); ok {
			p.processResult(t.ctx, &r)
		} else if p.inbox.woken {
			p.inbox.woken = false
		} else {
			break
		}
		p.addCallItemsToQueue(t.ctx)
	}
	p.inbox.waiting.add(t)
	k.parkInline(t, "manager", p.id)
	return true
}

// turnCannotBlock reports whether the manager's turn from the inbox wait would run without blocking:
// see turnInline. Nothing another thread does can change that during the turn, since none runs.
func (p *ProcessPool) turnCannotBlock() bool {
	if p.opts.Unpickle != nil || p.exited > 0 || p.shutdownThread || p.k.exiting {
		return false
	}
	for _, r := range p.inbox.results[p.inbox.head:] {
		if r.exitPID != 0 {
			return false
		}
		if w := p.pending.get(r.workID); w != nil && w.f.rare != nil && len(w.f.rare.callbacks) > 0 {
			return false
		}
	}
	if p.opts.Pickle == nil {
		return true
	}
	// The calls addCallItemsToQueue will move: the call queue's room, after the cancelled ones.
	room := p.maxWorkers + 1 - p.callQ.Len() - p.inFlight
	for _, id := range p.workIDs {
		if room <= 0 {
			break
		}
		w := p.pending.get(id)
		if w.f.state != Pending {
			continue
		}
		if w.hasLoad {
			return false
		}
		room--
	}
	return true
}
