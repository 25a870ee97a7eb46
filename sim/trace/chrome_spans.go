package trace

import (
	"bufio"
	"strconv"
)

// A chromeWriter turns a trace's events, in order, into Chrome events written straight to a buffered
// writer. It keeps a stack of open durations per track, so that every B it writes gets its E, and the
// open async life of each future.
type chromeWriter struct {
	w         *bufio.Writer
	buf       []byte         // the event being written
	n         int            // events written
	err       error          // the first write error; later writes are skipped
	functions map[int]string // future id → function name, from FutureCreate
	names     map[int]string // thread id → thread name, from ThreadStart
	stacks    map[track][]span
	tracks    []track             // tracks in the order they first held a span
	lives     map[int]chromeEvent // future id → the "b" event of its open life, without args
	order     []int               // futures in the order their lives began
	maxThread int                 // the highest thread id in the trace
}

// A track is one row of the viewer: a thread, or a process's GIL.
type track struct{ pid, tid int }

// A span is an open duration on a track.
type span struct {
	cat, name string
	thread    int // the thread that opened it; only it can close it
}

// newChromeWriter returns a writer of t's Chrome events to w that has written t's metadata events:
// the names of its processes, threads and GIL tracks, in event order.
func newChromeWriter(w *bufio.Writer, t *Trace) *chromeWriter {
	c := &chromeWriter{
		w:         w,
		functions: map[int]string{},
		names:     map[int]string{},
		stacks:    map[track][]span{},
		lives:     map[int]chromeEvent{},
	}
	type meta struct {
		what     string
		pid, tid int
		name     string
		gil      bool // tid is to be the GIL track's
	}
	var metas []meta
	gil := map[int]bool{}
	for _, e := range t.Events() {
		switch {
		case e.Kind == ProcessStart:
			metas = append(metas, meta{"process_name", e.Process, 0, e.Name, false})
		case e.Kind == ThreadStart:
			c.names[e.Thread] = e.Name
			metas = append(metas, meta{"thread_name", e.Process, e.Thread, e.Name, false})
		case e.Kind == GILAcquire && !gil[e.Process]:
			gil[e.Process] = true
			metas = append(metas, meta{"thread_name", e.Process, 0, "GIL", true})
		}
		c.maxThread = max(c.maxThread, e.Thread)
	}
	for _, m := range metas {
		tr := track{m.pid, m.tid}
		if m.gil {
			tr = c.gilTrack(m.pid)
		}
		c.write(&chromeEvent{Name: m.what, Ph: "M", Pid: tr.pid, Tid: tr.tid, Args: chromeArgs{meta: true, name: m.name}})
	}
	return c
}

// write writes one Chrome event, on a line of its own.
func (c *chromeWriter) write(ev *chromeEvent) {
	if c.err != nil {
		return
	}
	if c.n == 0 {
		c.buf = append(c.buf[:0], "[\n"...)
	} else {
		c.buf = append(c.buf[:0], ",\n"...)
	}
	c.n++
	c.buf = appendChrome(c.buf, ev)
	_, c.err = c.w.Write(c.buf)
}

// gilTrack returns the track of process pid's GIL.
func (c *chromeWriter) gilTrack(pid int) track { return track{pid, c.maxThread + pid} }

// add writes the Chrome events for e.
func (c *chromeWriter) add(e *Event) {
	here := track{e.Process, e.Thread}
	switch e.Kind {
	case CallStart, CallbackStart:
		c.open(here, e.Name, e)
	case TaskStart:
		c.open(here, c.function(e.Future), e)
	case CallEnd, CallbackEnd, TaskEnd:
		c.close(here, e)
	case GILAcquire:
		gil := c.gilTrack(e.Process)
		c.closeAll(gil, e.Time)
		c.open(gil, c.threadName(e.Thread), e)
	case GILRelease:
		c.close(c.gilTrack(e.Process), e)
	default:
		c.instant(e)
	}
	switch e.Kind {
	case FutureCreate:
		c.functions[e.Future] = e.Name
		c.begin(e)
	case FutureFinish, FutureCancelled, FutureNotified:
		c.end(e)
	}
}

// open starts a duration named name on tr.
func (c *chromeWriter) open(tr track, name string, e *Event) {
	stack, seen := c.stacks[tr]
	if !seen {
		c.tracks = append(c.tracks, tr)
	}
	sp := span{category(e.Kind), name, e.Thread}
	c.stacks[tr] = append(stack, sp)
	c.emit(tr, "B", sp, e.Time, eventArgs(e))
}

// close ends the innermost span on tr that e's thread opened in e's category, first ending any span
// opened inside it. An end with no such span becomes an instant.
func (c *chromeWriter) close(tr track, e *Event) {
	stack := c.stacks[tr]
	cat := category(e.Kind)
	i := len(stack) - 1
	for i >= 0 && (stack[i].cat != cat || stack[i].thread != e.Thread) {
		i--
	}
	if i < 0 {
		c.instant(e)
		return
	}
	for j := len(stack) - 1; j > i; j-- {
		c.emit(tr, "E", stack[j], e.Time, chromeArgs{unfinished: true})
	}
	c.emit(tr, "E", stack[i], e.Time, chromeArgs{value: e.Value})
	c.stacks[tr] = stack[:i]
}

// closeAll ends every span open on tr at time ns.
func (c *chromeWriter) closeAll(tr track, ns int64) {
	stack := c.stacks[tr]
	if len(stack) == 0 {
		return
	}
	for j := len(stack) - 1; j >= 0; j-- {
		c.emit(tr, "E", stack[j], ns, chromeArgs{unfinished: true})
	}
	c.stacks[tr] = stack[:0]
}

// emit writes one B or E event for sp on tr.
func (c *chromeWriter) emit(tr track, ph string, sp span, ns int64, args chromeArgs) {
	c.write(&chromeEvent{Name: sp.name, Cat: sp.cat, Ph: ph, Ts: micros(ns), Pid: tr.pid, Tid: tr.tid, Args: args})
}

// instant writes e as an instant event, scoped to its thread, to its process when it has no thread, or
// to the whole trace when it has neither.
func (c *chromeWriter) instant(e *Event) {
	scope := "t"
	switch {
	case e.Thread != 0:
	case e.Process != 0:
		scope = "p"
	default:
		scope = "g"
	}
	c.write(&chromeEvent{Name: string(e.Kind), Cat: category(e.Kind), Ph: "i", Ts: micros(e.Time),
		Pid: e.Process, Tid: e.Thread, S: scope, Args: eventArgs(e)})
}

// begin starts the life of the future e creates, unless it already has one.
func (c *chromeWriter) begin(e *Event) {
	if _, open := c.lives[e.Future]; open || e.Future == 0 {
		return
	}
	b := chromeEvent{Name: futureName(e), Cat: "future", Ph: "b", Ts: micros(e.Time), Pid: e.Process,
		Tid: e.Thread, ID: e.Future}
	c.lives[e.Future] = b
	c.order = append(c.order, e.Future)
	b.Args = eventArgs(e)
	c.write(&b)
}

// end ends the open life of e's future, if it has one.
func (c *chromeWriter) end(e *Event) {
	b, open := c.lives[e.Future]
	if !open {
		return
	}
	c.endLife(b, e.Time, chromeArgs{endKind: string(e.Kind), value: e.Value})
}

// endLife writes the "e" event matching the "b" event b at time ns.
func (c *chromeWriter) endLife(b chromeEvent, ns int64, args chromeArgs) {
	b.Ph, b.Ts, b.Args = "e", micros(ns), args
	c.write(&b)
	delete(c.lives, b.ID)
}

// finish closes every duration and life still open, at time ns.
func (c *chromeWriter) finish(ns int64) {
	for _, tr := range c.tracks {
		c.closeAll(tr, ns)
	}
	for _, id := range c.order {
		if b, open := c.lives[id]; open {
			c.endLife(b, ns, chromeArgs{unfinished: true})
		}
	}
}

// function names the function future id runs, or "f<id>" when no FutureCreate named it.
func (c *chromeWriter) function(id int) string {
	if name := c.functions[id]; name != "" {
		return name
	}
	return "f" + strconv.Itoa(id)
}

// threadName names thread id after its ThreadStart, or "T<id>".
func (c *chromeWriter) threadName(id int) string {
	if name := c.names[id]; name != "" {
		return name
	}
	return "T" + strconv.Itoa(id)
}
