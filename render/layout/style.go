package layout

// A Style says what a shape shows: a state (queued, running, sleeping), an outcome (result, exception)
// or a moment (a cancel attempt, a timeout). Its Look says how to draw it. Every style differs from the
// others by pattern or glyph as well as by colour, so no state is shown by colour alone.
type Style uint8

// The styles, in legend order.
const (
	// Futures: the main bar of a future's row.
	Pending     Style = iota // span: submitted, waiting in the work queue (PENDING)
	CallQueue                // span: RUNNING but still in a process pool's call queue, not executing yet
	Running                  // span: a worker executes the call (also a task on a thread's lane)
	Returning                // span: the call is over; its result travels back to the parent process
	Cancelled                // span: CANCELLED, not yet seen by wait() and as_completed()
	Callback                 // span: a done-callback runs
	Blocked                  // span: a thread is blocked in a call (result, wait, join, lock, …)
	Sleeping                 // span: a thread sleeps (time.sleep)
	GILHeld                  // span: a thread holds its process's GIL
	GILWait                  // span: a thread is ready to run but waits for the GIL
	ThreadLife               // line: a thread exists, from its start to its exit
	ProcessLife              // line: a process exists, from its start to its exit

	// Outcomes and moments: markers.
	Result       // marker: the future returned a result
	Exception    // marker: the future raised an exception
	CancelledEnd // marker: the future was cancelled
	Notified     // marker: CANCELLED_AND_NOTIFIED: wait() and as_completed() see the cancellation
	CancelTrue   // marker: cancel() returned True
	CancelFalse  // marker: cancel() returned False
	Yielded      // marker: as_completed() handed the future out
	Printed      // marker: the script printed a line
	Logged       // marker: the concurrent.futures logger wrote a record
	Created      // marker: an executor was made
	Value        // text: a result or exception, beside its marker

	// Overlays: rules across every lane (and a marker on the thread's lane).
	WaitReturned // rule: wait() returned
	TimedOut     // rule: a timeout fired
	Shutdown     // rule: an executor's shutdown was requested
	Broken       // rule: an executor broke (BrokenProcessPool, BrokenThreadPool)
	Failed       // rule: the script ended with an uncaught exception
	Deadlocked   // rule: nothing could run and no timer was pending: the run ended
	LimitHit     // rule: a limit ended the run

	numStyles
)

// A Pattern is how a span or line is filled.
type Pattern uint8

// The patterns. The convention: solid for doing something, hatched or dotted for being queued,
// outlined for waiting.
const (
	Solid   Pattern = iota // filled with the fill colour; a solid line
	Hatched                // diagonal stripes of the fill colour on its light tint
	Dotted                 // dots of the fill colour on its light tint; a dotted line
	Outline                // the fill's light tint inside a solid border of the stroke colour
	Dashed                 // the fill's light tint inside a dashed border; a dashed line
	Checked                // a checkerboard of the fill colour on its light tint: waiting for the GIL,
	// so that it never looks like a pending future's stripes
)

// A Glyph is the shape of a marker.
type Glyph uint8

// The glyphs.
const (
	NoGlyph Glyph = iota
	Circle
	Cross
	Square
	Diamond
	TriangleUp
	TriangleDown
	Star
	Bar // a short vertical bar
	Hourglass
	Octagon
	Plus
)

// A Look is how to draw one style. Backends take colours, patterns and glyphs from here, so the SVG
// and the interactive viewer agree.
type Look struct {
	// Name is the legend's text for the style: a few words.
	Name string
	// Meaning is one sentence a learner can read on hover or in the legend.
	Meaning string
	// Fill and Stroke are the colours; a span of a worker (Shape.Worker > 0) takes the worker's
	// colour for both instead.
	Fill, Stroke Color
	// Pattern fills a span or draws a line or rule.
	Pattern Pattern
	// Glyph is a marker's shape, or the mark a rule carries at its top.
	Glyph Glyph
	// Hollow draws the glyph as an outline instead of filled.
	Hollow bool
	// Layer orders shapes that start at the same time on one lane: lower layers are drawn first.
	Layer int8
}

// looks holds every style's look, indexed by Style.
var looks = [numStyles]Look{
	Pending:     {"pending (PENDING)", "not started: a submitted call waits in the executor's work queue for a free worker", Grey, DarkGrey, Hatched, NoGlyph, false, 0},
	CallQueue:   {"in the call queue (RUNNING)", "a process pool marks a future RUNNING when it enters the call queue, before a worker takes it", Grey, DarkGrey, Dotted, NoGlyph, false, 0},
	Running:     {"running on a worker", "a worker executes the call; the colour and the label name the worker", Blue, Blue, Solid, NoGlyph, false, 0},
	Returning:   {"result on its way back", "the worker is done; the result travels back to the parent process", Grey, DarkGrey, Dotted, NoGlyph, false, 0},
	Cancelled:   {"cancelled, not yet notified", "CANCELLED: wait() and as_completed() notice it once the executor notifies them", LightGrey, Grey, Outline, NoGlyph, false, 0},
	Callback:    {"done-callback", "a done-callback runs in the thread that completed the future (or that added it, if already done)", ReddishPurple, ReddishPurple, Solid, NoGlyph, false, 1},
	Blocked:     {"blocked in a call", "the thread waits in result(), exception(), wait(), as_completed(), join(), a lock, …", SkyBlue, Blue, Outline, NoGlyph, false, 2},
	Sleeping:    {"sleeping", "time.sleep(): the thread does nothing and holds no GIL", Yellow, DarkGrey, Dashed, NoGlyph, false, 2},
	GILHeld:     {"holds the GIL", "only the thread holding its process's GIL executes Python code", DarkGrey, DarkGrey, Solid, NoGlyph, false, 0},
	GILWait:     {"waits for the GIL", "ready to execute Python code, but another thread of the process holds the GIL", DarkGrey, DarkGrey, Checked, NoGlyph, false, 0},
	ThreadLife:  {"thread alive", "the thread exists, from its start to its exit", DarkGrey, DarkGrey, Solid, Bar, false, -1},
	ProcessLife: {"process alive", "the process exists, from its start to its exit", Black, Black, Solid, Bar, false, -1},

	Result:       {"returned", "the call returned; the text beside it is the result", BluishGreen, BluishGreen, Solid, Circle, false, 5},
	Exception:    {"raised", "the call raised an exception; result() will raise it again", Vermillion, Vermillion, Solid, Cross, false, 5},
	CancelledEnd: {"cancelled", "the future was cancelled before it ran; result() raises CancelledError", DarkGrey, DarkGrey, Solid, Square, false, 5},
	Notified:     {"notified", "CANCELLED_AND_NOTIFIED: wait() and as_completed() now count it as done", DarkGrey, DarkGrey, Solid, Bar, false, 5},
	CancelTrue:   {"cancel() → True", "cancel() succeeded: the future had not started", Black, Black, Solid, Diamond, false, 6},
	CancelFalse:  {"cancel() → False", "cancel() failed: the future was already running or done", Black, Black, Solid, Diamond, true, 6},
	Yielded:      {"as_completed yields it", "as_completed() handed this future to the loop", Blue, Blue, Solid, TriangleUp, false, 6},
	Printed:      {"print", "the script printed a line (hover for the text)", DarkGrey, DarkGrey, Solid, TriangleDown, false, 6},
	Logged:       {"log record", "the concurrent.futures logger wrote a record (hover for the text)", Orange, Orange, Solid, Star, false, 6},
	Created:      {"executor made", "an executor was created", DarkGrey, DarkGrey, Solid, Plus, false, 6},
	Value:        {"outcome text", "the result or exception of the future", DarkGrey, DarkGrey, Solid, NoGlyph, false, 7},

	WaitReturned: {"wait() returned", "wait() returned (done, not_done), because of its return_when or its timeout", Blue, Blue, Dashed, TriangleDown, false, 8},
	TimedOut:     {"timeout", "a timeout expired; the text says what was raised, if anything", Vermillion, Vermillion, Dashed, Hourglass, false, 8},
	Shutdown:     {"shutdown()", "shutdown of an executor was requested", DarkGrey, DarkGrey, Dotted, Square, true, 8},
	Broken:       {"executor broken", "the executor became unusable; its futures fail", Vermillion, Vermillion, Dotted, Cross, true, 8},
	Failed:       {"uncaught exception", "the script stopped with an uncaught exception", Vermillion, Vermillion, Solid, Cross, false, 8},
	Deadlocked:   {"deadlock", "nothing could run and no timer was pending: Python would hang here forever", Black, Black, Solid, Octagon, false, 8},
	LimitHit:     {"limit reached", "a limit of the simulator (time, steps, futures, …) stopped the run", Black, Black, Solid, Octagon, true, 8},
}

// Look returns how to draw s.
func (s Style) Look() Look {
	if s >= numStyles {
		return Look{Name: "unknown", Fill: Grey, Stroke: Grey}
	}
	return looks[s]
}

// String returns s's legend name.
func (s Style) String() string { return s.Look().Name }

// AtLeastSquare reports whether a span of style s is drawn at least as wide as it is tall: a
// done-callback is often over in an instant, and a sliver would hide where it ran.
func (s Style) AtLeastSquare() bool { return s == Callback }

// Styles returns every style in legend order.
func Styles() []Style {
	out := make([]Style, numStyles)
	for i := range out {
		out[i] = Style(i)
	}
	return out
}

// key is the short name of each style in the scene's text form.
var key = [numStyles]string{
	"pending", "callqueue", "running", "returning", "cancelled", "callback", "blocked", "sleeping",
	"gil", "gilwait", "thread", "process",
	"result", "exception", "cancelledend", "notified", "cancel-true", "cancel-false", "yield", "print",
	"log", "created", "value",
	"wait-returned", "timeout", "shutdown", "broken", "failed", "deadlock", "limit",
}

// Key returns s's short name, one word: "pending", "cancel-true".
func (s Style) Key() string {
	if s >= numStyles {
		return "unknown"
	}
	return key[s]
}
