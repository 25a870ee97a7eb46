package layout

import (
	"github.com/futurescope/futurescope/sim/trace"
)

// Heights inside a thread's lane (0 top, 1 bottom): a row for what the thread runs, a row for where
// it blocks, and a band for the GIL.
const (
	markY, threadMark     = 0.1, 0.2   // markers (prints, cancels, timeouts, …), above the rows
	runTop, runBottom     = 0.21, 0.49 // tasks and callbacks
	blockTop, blockBottom = 0.52, 0.80 // blocking calls
	lifeY                 = (runTop + runBottom) / 2
	gilTop, gilBottom     = 0.83, 0.99
	procLifeY             = 0.5 // a process's life line, on its header lane
)

// threadState is what the threads view tracks of one thread while reading events.
type threadState struct {
	id, lane, worker int
	start            mark
	open             []openSpan // open task, callback and call spans, innermost last
	gil              mark       // since when it holds the GIL; t < 0 when it does not
	last             int64      // the time of its last event
	ready            bool       // after its last event it was executing Python code, so wanted the GIL
	exited           bool
	timeout          trace.Event // its last Timeout, to merge the Error that repeats it
}

type openSpan struct {
	start trace.Event
	style Style
}

// buildThreads lays out the threads view: a header lane per process, then a lane per thread of it.
func buildThreads(t *trace.Trace, n *names, pace *pacer, lazy bool) View {
	b := &builder{end: t.End(), pace: pace}
	tv := &threadView{b: b, n: n, threads: map[int]*threadState{}, procs: map[int]*procState{}}
	b.shapes = make([]Shape, 0, tv.lanes(t, pace)+16)
	for _, e := range t.Events() {
		tv.add(e)
		pace.step()
	}
	tv.finish()
	v := tv.b.view("threads", tv.laneList)
	(&describer{n: n, t: t, lazy: lazy}).describe(&v, pace)
	return v
}

// threadView builds the threads view.
type threadView struct {
	b        *builder
	n        *names
	laneList []Lane
	threads  map[int]*threadState
	procs    map[int]*procState
}

// procState is a process's header lane and life.
type procState struct {
	lane  int
	start mark
	ended bool
}

// lanes makes the lanes: processes in the order they appear, each followed by its threads in the
// order they appear. It returns how many shapes the events can make at most, to make room for them.
// Its walk over the events does little with each, so it counts a step for every eight of them.
func (tv *threadView) lanes(t *trace.Trace, pace *pacer) (shapes int) {
	var order []int
	byProc := map[int][]trace.ThreadInfo{}
	see := func(p int) {
		if _, ok := byProc[p]; !ok {
			byProc[p] = nil
			order = append(order, p)
		}
	}
	for i, e := range t.Events() {
		if e.Kind == trace.ProcessStart || e.Thread != 0 {
			see(e.Process)
		}
		shapes += shapesOf(e.Kind)
		if i%8 == 7 {
			pace.step()
		}
	}
	for _, th := range t.Threads() {
		byProc[th.Process] = append(byProc[th.Process], th)
	}
	for _, p := range order {
		tv.procs[p] = &procState{lane: len(tv.laneList), start: never}
		tv.laneList = append(tv.laneList, Lane{Kind: ProcessLane, Label: tv.n.process(p), Process: p,
			Detail: tv.procDetail(p, len(byProc[p])), Height: ProcessLaneHeight})
		for _, th := range byProc[p] {
			w := tv.n.workers[th.ID]
			tv.threads[th.ID] = &threadState{id: th.ID, lane: len(tv.laneList), worker: w, start: never, gil: never}
			tv.laneList = append(tv.laneList, Lane{Kind: ThreadLane, Label: tv.n.thread(th.ID), Thread: th.ID,
				Process: p, Worker: w, Detail: fill(tv.n.w.threadIn, "thread", tv.n.thread(th.ID), "process", tv.n.process(p)), Height: ThreadLaneHeight})
		}
	}
	return shapes
}

// shapesOf is the most shapes of the threads view an event of kind k makes: a span for what it
// starts, a life line, a marker; two GIL spans (waiting, then holding) for an acquisition.
func shapesOf(k trace.Kind) int {
	switch k {
	case trace.TaskStart, trace.CallbackStart, trace.CallStart, trace.ThreadStart, trace.ProcessStart,
		trace.Yield, trace.Print, trace.Log, trace.FutureCancel, trace.Timeout, trace.Error,
		trace.ExecutorCreate, trace.ExecutorShutdown, trace.ExecutorBroken:
		return 1
	case trace.GILAcquire:
		return 2
	}
	return 0
}

func (tv *threadView) procDetail(p, threads int) string {
	d := tv.n.process(p)
	if pid := tv.n.procs[p].pid; pid != 0 {
		d = fill(tv.n.w.procPid, "process", d, "pid", itoa(pid))
	}
	return fill(tv.n.w.procThreads, "detail", d, "n", itoa(threads))
}

// add reads one event.
func (tv *threadView) add(e trace.Event) {
	switch e.Kind {
	case trace.ProcessStart, trace.ProcessExit:
		tv.process(e)
		return
	}
	ts := tv.threads[e.Thread]
	if ts == nil {
		return
	}
	tv.threadEvent(ts, e)
	ts.last = e.Time
	ts.ready = !ts.exited && ts.executing()
}

// executing reports whether the thread, between events, runs Python code: it is in no blocking call,
// and, if it is a pool worker, it is inside a task or a callback (an idle worker waits for work).
func (ts *threadState) executing() bool {
	for _, o := range ts.open {
		if o.style == Blocked || o.style == Sleeping {
			return false
		}
	}
	return ts.worker == 0 || len(ts.open) > 0
}

// process draws a process's life on its header lane.
func (tv *threadView) process(e trace.Event) {
	ps := tv.procs[e.Process]
	if ps == nil {
		return
	}
	if e.Kind == trace.ProcessStart {
		ps.start.set(e)
		return
	}
	ps.ended = true
	tv.line(ProcessLife, ps.lane, ps.start, e.Time).valueFrom(e)
}

// line adds a life line on lane from start (or time 0 when unknown) to t1 (-1: still alive).
func (tv *threadView) line(st Style, lane int, start mark, t1 int64) *Shape {
	t0 := max(start.t, 0)
	open := t1 < 0
	if open {
		t1 = max(tv.b.end, t0)
	}
	y := float32(lifeY)
	if st == ProcessLife {
		y = procLifeY
	}
	tv.b.add(Shape{Kind: Line, Style: st, Lane: lane, T0: t0, T1: t1, Y0: y, Y1: y, Open: open,
		Seq: start.seq})
	return &tv.b.shapes[len(tv.b.shapes)-1]
}

// finish closes, as open spans, what was still going on when the run ended.
func (tv *threadView) finish() {
	for _, p := range sortedKeys(tv.procs) {
		if ps := tv.procs[p]; ps.start.t >= 0 && !ps.ended {
			tv.line(ProcessLife, ps.lane, ps.start, -1)
		}
	}
	for _, id := range sortedKeys(tv.threads) {
		ts := tv.threads[id]
		for len(ts.open) > 0 {
			tv.closeSpan(ts, len(ts.open)-1, trace.Event{Time: -1})
		}
		if ts.gil.t >= 0 {
			tv.gilSpan(ts, GILHeld, ts.gil, -1)
		}
		if !ts.exited && ts.start.t >= 0 {
			tv.line(ThreadLife, ts.lane, ts.start, -1).Thread = int32(id)
		}
	}
}
