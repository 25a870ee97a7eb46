package layout

import "github.com/futurescope/futurescope/sim/trace"

// A Scene is a trace laid out for drawing: two views of lanes holding shapes, overlays across them,
// and what a playhead needs. Build makes one; backends only read it.
type Scene struct {
	// Lang is the language of the scene's words: "en" or "zh" (see BuildOptions).
	Lang string
	// Title names the run: the script's file name (trace Meta "file"), or "trace".
	Title string
	// Meta is the trace's Meta (the run's settings), shared with the trace: do not change it.
	Meta map[string]string
	// End is the time of the trace's last event, in virtual nanoseconds.
	End int64
	// Outcome says how the run ended when it did not end normally: the uncaught exception, the
	// deadlock or the limit message's first line; "" otherwise.
	Outcome string
	// Futures has a lane per future; Threads a lane per thread, under a header lane per process.
	Futures, Threads View
	// Workers are the threads that ran tasks, in the order they first did: Worker n is Workers[n-1].
	Workers []Worker
	// Overlays are rules across every lane of both views (Lane -1), in time order: where wait()
	// returned, timeouts, shutdowns, broken executors, the uncaught error, deadlocks and limits.
	Overlays []Shape

	states stateTable   // per future lane, its state changes in time order
	trace  *trace.Trace // what the scene was built from, for stepping from event to event
}

// A View is one way of looking at a run: a list of lanes, top to bottom, and their shapes.
type View struct {
	// Name is "futures" or "threads".
	Name string
	// Lanes are the view's rows, top to bottom. Lane i is Lanes[i].Height units high and starts Top(i)
	// units from the view's top; shapes place themselves inside it with Y0 and Y1. A unit is what a
	// backend makes it (the SVG: 26 pixels).
	Lanes []Lane
	// Shapes are sorted by lane, then start time, then layer: drawing them in order paints each lane
	// correctly. Use Visible to walk only what a window shows.
	Shapes []Shape

	tops      []float32 // tops[i] is Top(i); one more entry is the view's height
	laneStart []int     // laneStart[i] is the index of lane i's first shape; one more entry ends the last lane
	maxAt     []int32   // where lane i's entries are in maxEnd; -1 for a lane of at most scanLane shapes
	maxEnd    []int64   // maxEnd[maxAt[i]+j] is the largest T1 among lane i's shapes up to its j-th (open: MaxInt64)
	details   *describer
	styles    *[numStyles]bool // the styles its shapes use (Scene.Used)
}

// A Worker is a thread that executed tasks.
type Worker struct {
	// Number is its colour number (see WorkerColor), from 1.
	Number int
	// Thread is its thread id.
	Thread int
	// Name is the worker's name as a learner knows it: the thread's name in the main process
	// ("ThreadPoolExecutor-0_1"), the process's name in a worker process ("SpawnProcess-1"). The
	// futures view labels the spans it ran "T<Thread> <Name>".
	Name string
}

// A LaneKind says what a lane is a row of.
type LaneKind uint8

// The lane kinds.
const (
	FutureLane  LaneKind = iota // a future's life
	ProcessLane                 // a process: the header above its threads
	ThreadLane                  // a thread's activity
)

// A Lane is one row of a view (its fields widest first: a big run has one a future).
type Lane struct {
	// Label is the lane's name, as the left margin shows it: "f3 gcd((1, 2))", "T2 ThreadPoolExecutor-0_0",
	// "P2 SpawnProcess-1". Truncate it to fit; Detail has more.
	Label string
	// Detail describes the lane for hover and detail panels.
	Detail string
	// Future, Thread and Process identify what the lane shows (0 where they do not apply; a thread
	// lane has its process too).
	Future, Thread, Process int
	// Worker is the colour number of the thread when it ran tasks (see WorkerColor), 0 otherwise.
	Worker int
	// Height is the lane's height in units: 1 for a future, 1.6 for a thread (a row for what it runs
	// and a row for where it blocks), 0.75 for a process header.
	Height float32
	// Kind says what the lane shows.
	Kind LaneKind
}

// Lane heights, in units.
const (
	FutureLaneHeight  = 1
	ThreadLaneHeight  = 1.6
	ProcessLaneHeight = 0.75
)

// A Kind is the geometry of a shape.
type Kind uint8

// The shape kinds.
const (
	// Span is a box from T0 to T1, between Y0 and Y1 of its lane.
	Span Kind = iota
	// Line is a horizontal line from T0 to T1 at height Y0 of its lane; its style's glyph marks its
	// ends. With Lane -1 (an overlay) it is a vertical rule at T0 across every lane instead.
	Line
	// Marker is a glyph centred at T0 and (Y0+Y1)/2, Y1-Y0 lanes high.
	Marker
	// Text is Label written from T0 rightwards, its middle at (Y0+Y1)/2.
	Text
)

var kindNames = [...]string{"span", "line", "marker", "text"}

// String returns k's name: "span", "line", "marker" or "text".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// A Shape is one thing to draw, in (virtual time, lane) coordinates, tied to what it shows. Its
// fields are as narrow as what they hold allows, widest first: a big run has five shapes a future
// (96 bytes each), and they are most of a scene.
type Shape struct {
	// T0 and T1 are its start and end in virtual nanoseconds; T1 equals T0 except for spans and lines.
	T0, T1 int64
	// Seq is the sequence number of the event the shape comes from (a span's start), or -1.
	Seq int64
	// Label is the short text to draw on or beside the shape ("" for none); truncate it to fit.
	Label string
	// Detail is the full description for hover and detail panels. In a scene from BuildLazy it is
	// written when Visible or Hit first yields the shape, or View.Describe asks.
	Detail string
	// Lane is its lane in its view, or -1 for an overlay (a rule across every lane).
	Lane int
	// Y0 and Y1 are its top and bottom within the lane: 0 is the lane's top, 1 its bottom.
	Y0, Y1 float32
	// Future and Thread are the future and the thread the shape concerns (0 when none).
	Future, Thread int32
	// val is where the event whose Value finishes the shape's detail is: its Seq minus Seq, plus 1
	// (a span's end, or the shape's own event); 0 when none.
	val int32
	// outer is where the blocking call around a thread's span began: its Seq minus Seq (below 0);
	// 0 when none.
	outer int32
	// Worker, when not 0, is the colour number of the worker the shape belongs to (see WorkerColor):
	// it replaces the style's fill and stroke. (A run's 65,536th worker and those after it, past
	// sim's default limit of 10,000 threads, wrap around.)
	Worker uint16
	// Kind is its geometry.
	Kind Kind
	// Style is what it shows, and so how to draw it.
	Style Style
	// Open marks a span that had not ended when the run did: T1 is the run's end, and it goes on
	// to the right edge of any window.
	Open bool
	// Nudge counts the markers before this one on its lane at the same time and height (up to 255):
	// several things happen at one instant (a print, a cancel, a log record), and a backend may
	// shift the marker right by Nudge marker widths (at most MaxNudge: beyond, they pile up) so that
	// they do not hide each other.
	Nudge uint8
}

// Colors returns the fill and stroke to draw s with: its style's, or its worker's.
func (s *Shape) Colors() (fill, stroke Color) {
	l := s.Style.Look()
	if s.Worker > 0 {
		c := WorkerColor(int(s.Worker))
		return c, c
	}
	return l.Fill, l.Stroke
}

// Build lays out t in English. It never changes t, and Build of the same trace gives the same scene.
// The scene keeps t, to step from event to event (NextEvent, PrevEvent): t must not change.
func Build(t *trace.Trace) *Scene { return BuildWith(t, BuildOptions{}) }

// BuildWith lays out t as o says. Scenes of one trace in different languages have the same lanes
// and shapes in the same order; only their labels and details differ.
func BuildWith(t *trace.Trace, o BuildOptions) *Scene { return build(t, o, false) }

// BuildLazy lays out t as BuildWith does, but leaves the Detail of the views' shapes empty until it
// is needed: Visible and Hit write it into the shapes they yield, View.Describe into the one it is
// given. What a window never shows costs no text, which makes the layout of a big run about twice as
// fast and half as big. The scene keeps t, which must not change.
func BuildLazy(t *trace.Trace, o BuildOptions) *Scene { return build(t, o, true) }

func build(t *trace.Trace, o BuildOptions, lazy bool) *Scene {
	s := &Scene{Lang: o.lang(), Title: title(t), Meta: t.Meta, End: t.End()}
	pace := &pacer{pause: o.Pause}
	if pace.pause == nil {
		pace.pause = func() {}
	}
	n := newNames(t, s.Lang, pace)
	pace.pause()
	s.Futures, s.states = buildFutures(t, n, pace, lazy)
	s.Threads = buildThreads(t, n, pace, lazy)
	s.Overlays, s.Outcome = buildOverlays(t, n, s.Lang, pace)
	s.Workers = n.workerList()
	pace.pause()
	s.trace = t
	return s
}

// title names the run after its script.
func title(t *trace.Trace) string {
	if f := t.Meta["file"]; f != "" {
		return f
	}
	return "trace"
}

// Views returns the views by name: "futures", "threads", or "both" for the two, futures first. An
// unknown name returns nil.
func (s *Scene) Views(name string) []*View {
	switch name {
	case "futures":
		return []*View{&s.Futures}
	case "threads":
		return []*View{&s.Threads}
	case "both", "":
		return []*View{&s.Futures, &s.Threads}
	}
	return nil
}

// Extent returns the time range a whole-run window should show: from 0 to a little past End, at
// least 1 ms, so that a run that ends at time 0 (a deadlock) still has room to draw.
func (s *Scene) Extent() (t0, t1 int64) {
	end := s.End + s.End/50
	return 0, max(end, 1_000_000)
}

// Used returns the styles the scene's shapes use, in legend order: what a legend must explain. views
// limits it to those views' shapes (all views when none is given); overlays always count.
func (s *Scene) Used(views ...*View) []Style {
	if len(views) == 0 {
		views = []*View{&s.Futures, &s.Threads}
	}
	var seen [numStyles]bool
	for _, v := range views {
		for st, ok := range v.used() {
			seen[st] = seen[st] || ok
		}
	}
	for i := range s.Overlays {
		seen[s.Overlays[i].Style] = true
	}
	var out []Style
	for st, ok := range seen {
		if ok {
			out = append(out, Style(st))
		}
	}
	return out
}
