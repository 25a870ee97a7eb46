package trace

import (
	"bufio"
	"io"
	"strconv"
)

// WriteChrome writes t in the Chrome Trace Event format (the JSON Object Format), which Perfetto
// (ui.perfetto.dev) and chrome://tracing open:
//
//	{"traceEvents":[
//	{"name":"process_name","ph":"M","ts":0,"pid":1,"tid":0,"args":{"name":"MainProcess"}},
//	...
//	],"displayTimeUnit":"ms","otherData":{"cores":"4"}}
//
// A simulated process is a pid and a thread a tid; ts is virtual time in microseconds (with up to three
// decimals, exact). Metadata events name the processes and threads after their ProcessStart and
// ThreadStart events. The events become:
//
//   - CallStart/CallEnd: a duration (B/E) on the thread, named after the call, category "call";
//   - TaskStart/TaskEnd: a duration on the worker thread, named after the future's function (the Name of
//     its FutureCreate), category "task";
//   - CallbackStart/CallbackEnd: a duration named after the callback, category "callback";
//   - GILAcquire/GILRelease: a duration named after the holding thread, category "gil", on a track of its
//     own per process, named "GIL", where one holder follows another (its tid is the pid plus the highest
//     thread id in the trace, so that it is unique, and not 0, which some viewers mishandle);
//   - every other event: an instant ("ph":"i") named after its kind, thread-scoped ("s":"t"),
//     process-scoped ("p") when Thread is 0, global ("g") when Process is 0 too;
//   - each future's life, from FutureCreate to the first FutureFinish, FutureCancelled or
//     FutureNotified: an async span ("ph":"b"/"e", category "future", id the future's id) named
//     "f3 square(3)", in the process that created it.
//
// Event fields travel in args (seq, future, target, name, args, value, line). Durations and lives still
// open when the trace ends are closed at the time of its last event, with args {"unfinished":true}; an
// end event without its start, or a start whose end skips an inner span's end, is repaired the same way,
// so every B has its E on the same track. Meta becomes otherData. The output depends only on t, one event
// a line. WriteChrome does not validate t.
func WriteChrome(w io.Writer, t *Trace) error {
	c := newChromeWriter(t)
	for _, e := range t.Events() {
		c.add(e)
	}
	c.finish(t.End())
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"traceEvents":`)
	if len(c.out) == 0 {
		bw.WriteString("[]")
	}
	var buf []byte
	for i := range c.out {
		buf = append(buf[:0], ",\n"...)
		if i == 0 {
			buf = append(buf[:0], "[\n"...)
		}
		buf = appendChrome(buf, &c.out[i])
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	if len(c.out) > 0 {
		bw.WriteString("\n]")
	}
	bw.WriteString(`,"displayTimeUnit":"ms"`)
	if len(t.Meta) > 0 {
		bw.WriteString(`,"otherData":`)
		if err := writeJSON(bw, t.Meta); err != nil {
			return err
		}
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// chromeEvent is one entry of traceEvents.
type chromeEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   micros         `json:"ts"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	ID   int            `json:"id,omitempty"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// micros is a virtual time in nanoseconds that encodes as microseconds: 1500 is 1.5, 2000 is 2.
type micros int64

// MarshalJSON writes m in microseconds, exactly, with no trailing zeros.
func (m micros) MarshalJSON() ([]byte, error) { return m.append(nil), nil }

// append appends m as MarshalJSON writes it.
func (m micros) append(buf []byte) []byte {
	sign, u := split(int64(m))
	buf = append(buf, sign...)
	buf = strconv.AppendUint(buf, u/1e3, 10)
	if frac := u % 1e3; frac != 0 {
		digits := []byte{'.', byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
		for digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		buf = append(buf, digits...)
	}
	return buf
}

// metadata returns the metadata events naming c's processes, threads and GIL tracks, in event order.
func (c *chromeWriter) metadata(t *Trace) []chromeEvent {
	var out []chromeEvent
	gil := map[int]bool{}
	name := func(what string, pid, tid int, n string) {
		out = append(out, chromeEvent{Name: what, Ph: "M", Pid: pid, Tid: tid, Args: map[string]any{"name": n}})
	}
	for _, e := range t.Events() {
		switch {
		case e.Kind == ProcessStart:
			name("process_name", e.Process, 0, e.Name)
		case e.Kind == ThreadStart:
			name("thread_name", e.Process, e.Thread, e.Name)
		case e.Kind == GILAcquire && !gil[e.Process]:
			gil[e.Process] = true
			gt := c.gilTrack(e.Process)
			name("thread_name", gt.pid, gt.tid, "GIL")
		}
	}
	return out
}

// category is the Chrome category of an event of kind k; durations use it as their family, so that an
// end event closes the span of its own category.
func category(k Kind) string {
	switch k {
	case ProcessStart, ProcessExit, ThreadStart, ThreadExit:
		return "lifecycle"
	case ExecutorCreate, ExecutorShutdown, ExecutorBroken:
		return "executor"
	case FutureCreate, FutureQueued, FutureRunning, FutureFinish, FutureCancel, FutureCancelled, FutureNotified:
		return "future"
	case TaskStart, TaskEnd:
		return "task"
	case CallbackStart, CallbackEnd:
		return "callback"
	case CallStart, CallEnd, Yield, Timeout:
		return "call"
	case GILAcquire, GILRelease:
		return "gil"
	case Print, Log:
		return "output"
	case Error, Deadlock, Limit:
		return "run"
	}
	return "event"
}

// eventArgs returns e's fields for a Chrome event's args: seq always, the others when not zero.
func eventArgs(e Event) map[string]any {
	args := make(map[string]any, 7)
	args["seq"] = e.Seq
	if e.Future != 0 {
		args["future"] = "f" + strconv.Itoa(e.Future)
	}
	if e.Target != 0 {
		args["target"] = e.Target
	}
	if e.Name != "" {
		args["name"] = e.Name
	}
	if e.Args != "" {
		args["args"] = e.Args
	}
	if e.Value != "" {
		args["value"] = e.Value
	}
	if e.Line != 0 {
		args["line"] = e.Line
	}
	return args
}

// futureName names a future's life: "f3 square(3)", or "f3" when the function is unknown.
func futureName(e Event) string {
	if e.Name == "" {
		return "f" + strconv.Itoa(e.Future)
	}
	return "f" + strconv.Itoa(e.Future) + " " + e.Name + "(" + e.Args + ")"
}
