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
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"traceEvents":`)
	c := newChromeWriter(bw, t)
	for _, e := range t.Events() {
		if c.err != nil {
			break
		}
		c.add(&e)
	}
	c.finish(t.End())
	if c.err != nil {
		return c.err
	}
	if c.n == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("\n]")
	}
	bw.WriteString(`,"displayTimeUnit":"ms"`)
	if len(t.Meta) > 0 {
		bw.WriteString(`,"otherData":`)
		bw.Write(appendMeta(nil, t.Meta))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// chromeEvent is one entry of traceEvents; appendChrome writes it. Empty Cat, S and Args and a zero ID
// are left out.
type chromeEvent struct {
	Name, Cat, Ph string
	Ts            micros
	Pid, Tid, ID  int
	S             string
	Args          chromeArgs
}

// chromeArgs are a Chrome event's args: an event's fields, or what closes a span. A field is written
// when it is set (not zero); seq whenever event is, name whenever meta is.
type chromeArgs struct {
	event, meta                bool
	seq                        int64
	future, target, line       int
	name, args, value, endKind string
	unfinished                 bool
}

// empty reports whether a has nothing to write.
func (a *chromeArgs) empty() bool {
	return !a.event && !a.meta && a.future == 0 && a.target == 0 && a.line == 0 && a.name == "" &&
		a.args == "" && a.value == "" && a.endKind == "" && !a.unfinished
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
func eventArgs(e *Event) chromeArgs {
	return chromeArgs{event: true, seq: e.Seq, future: e.Future, target: e.Target, line: e.Line,
		name: e.Name, args: e.Args, value: e.Value}
}

// futureName names a future's life: "f3 square(3)", or "f3" when the function is unknown.
func futureName(e *Event) string {
	if e.Name == "" {
		return "f" + strconv.Itoa(e.Future)
	}
	return "f" + strconv.Itoa(e.Future) + " " + e.Name + "(" + e.Args + ")"
}
