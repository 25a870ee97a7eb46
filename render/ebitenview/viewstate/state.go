package viewstate

import (
	"sort"
	"time"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// DefaultPage is how tall, in lane units, State assumes the lanes area is until SetPage says otherwise.
const DefaultPage = 20

// A State is everything the viewer shows that input can change. Apply and Tick change it; a viewer's
// Draw only reads it. The zero State is not usable: make one with New.
type State struct {
	// Scene and Trace are the run being shown; they are never changed.
	Scene *layout.Scene
	Trace *trace.Trace
	// Mode is the views shown.
	Mode Mode
	// T0 and T1 are the time window shown, in virtual nanoseconds (T0 < T1).
	T0, T1 int64
	// Playhead is the time the playhead marks; Playing says it advances (see Advance).
	Playhead int64
	Playing  bool
	// Speed is the virtual nanoseconds playback advances per Tick60 of real time (a 60th of a
	// second), a value of the 1-2-5 ladder: Speed/Tick60 is the speed against real time.
	Speed int64
	// Fitted says the window was last set by fitting the whole run (New, Fit), not by the user
	// zooming or panning: a new run of the same script is then fitted again (see Keep).
	Fitted bool
	// Scroll is the index of the first row shown; Page is how many rows fit from there (see SetPage).
	Scroll, Page int
	// Selected is the selected target, Hovered the one under the pointer.
	Selected, Hovered Target
	// Event is the sequence number of the current event: the selected shape's, or, once the playhead
	// moved, the main event (see mainEvent) of the last instant at or before it; -1 when there is none.
	Event int64
	// Help, FrameTime and States say whether the help overlay, the frame-time readout and the column
	// of future states at the playhead are shown.
	Help, FrameTime, States bool

	rows      []Row
	tops      []float32          // the rows' tops in lane units; one more entry ends the last row
	viewH     float32            // the height of the lanes area, in lane units (see SetPage)
	nameChars int                // the longest state name the run's futures reach
	infos     []trace.FutureInfo // what the trace says about each future, once futures is asked
	infosMade bool               // whether infos is made
	carry     float64            // the fraction of a nanosecond playback has yet to move (Advance)
}

// futures returns what the trace says about each future. It is made when first asked, for a
// detail panel: a big run's futures take a walk over every event, which a new run's first frame
// should not wait for.
func (s *State) futures() []trace.FutureInfo {
	if !s.infosMade && s.Trace != nil {
		s.infos, s.infosMade = s.Trace.Futures(), true
	}
	return s.infos
}

// New returns the state of a viewer showing scene s of trace t: both views, the whole run, the
// playhead at 0 and paused, the state column shown.
func New(t *trace.Trace, s *layout.Scene) *State {
	st := &State{Scene: s, Trace: t, Page: DefaultPage, viewH: DefaultPage, Event: -1, States: true}
	st.Speed = defaultSpeed(s)
	st.rows, st.tops = rows(s, st.Mode)
	st.nameChars = stateNameChars(s)
	st.fit()
	return st
}

// Rows returns the rows of the current mode, top to bottom: each view's heading, then its lanes.
func (s *State) Rows() []Row { return s.rows }

// SetPage tells the state how tall the lanes area is, in lane units, for scrolling by pages and
// keeping the scroll in range.
func (s *State) SetPage(units float32) {
	s.viewH = max(units, 1)
	s.clampScroll()
}

// Apply carries out one intent.
func (s *State) Apply(in Intent) {
	switch in.Op {
	case OpPlay:
		s.togglePlay()
	case OpStep:
		s.step(in.N)
	case OpSeek:
		s.Playhead = s.clampTime(in.T)
		s.follow()
		s.touch()
	case OpScrub:
		s.Playing = false
		s.Playhead = s.clampTime(in.T)
		s.touch()
	case OpZoom:
		s.zoom(in.Factor, in.T)
		s.Fitted = false
	case OpPan:
		s.setWindow(s.T0+in.T, s.T1+in.T)
		s.Fitted = false
	case OpScroll:
		s.Scroll += in.N
		s.clampScroll()
	case OpFit:
		s.fit()
	case OpSpeed:
		s.Speed = ladder(s.Speed, in.N)
	case OpSelect:
		s.selectTarget(in.Target)
	case OpHover:
		s.Hovered = in.Target
	case OpToggleView:
		s.setMode(s.Mode.next())
	case OpToggleHelp:
		s.Help = !s.Help
	case OpToggleFrameTime:
		s.FrameTime = !s.FrameTime
	case OpToggleStates:
		s.States = !s.States
	case OpEscape:
		if s.Help {
			s.Help = false
		} else {
			s.selectTarget(Target{})
		}
	}
}

// Tick60 is the real time in which playback advances by Speed: a 60th of a second, one tick of a
// window drawing at 60 frames a second.
const Tick60 = time.Second / ticksPerSecond

// ticksPerSecond is how many Tick60 a second holds.
const ticksPerSecond = 60

// MaxGap is the most real time one Advance counts: a longer gap (the window was hidden, the machine
// stalled) moves playback as far as MaxGap does, so that it never jumps far. It is a second, so
// that a window drawing as slowly as 1 frame a second still plays at the speed it says.
const MaxGap = time.Second

// Tick advances playback by one Tick60 of real time (see Advance).
func (s *State) Tick() { s.advance(1) }

// Advance advances a playing playhead by the virtual time that real time elapsed (clamped to
// 0..MaxGap) is worth at Speed, keeping it in view; playback stops at the run's end. Whatever the
// frame rate, a real second of playback moves the playhead by the same virtual time.
func (s *State) Advance(elapsed time.Duration) {
	elapsed = min(max(elapsed, 0), MaxGap)
	s.advance(float64(elapsed) * ticksPerSecond / float64(time.Second))
}

// Rate is playback's speed against real time: the virtual seconds a real second of playback moves.
func (s *State) Rate() float64 { return float64(s.Speed) * ticksPerSecond / float64(time.Second) }

// advance advances a playing playhead by ticks times Speed.
func (s *State) advance(ticks float64) {
	if !s.Playing {
		s.carry = 0
		return
	}
	adv := float64(s.Speed)*ticks + s.carry
	whole := int64(adv)
	s.carry = adv - float64(whole)
	s.Playhead += whole
	if s.Playhead >= s.Scene.End {
		s.Playhead, s.Playing = s.Scene.End, false
	}
	s.follow()
	s.touch()
}

// touch makes the main event of the last instant at or before the playhead the current one.
func (s *State) touch() {
	t := s.Playhead
	evs := EventsAt(s.Trace, t)
	if len(evs) == 0 {
		prev, ok := s.Scene.PrevEvent(t)
		if !ok {
			return
		}
		evs = EventsAt(s.Trace, prev)
	}
	if e, ok := mainEvent(evs); ok {
		s.Event = e.Seq
	}
}

// togglePlay starts or pauses playback; starting at the end plays from the beginning.
func (s *State) togglePlay() {
	if s.Playing {
		s.Playing = false
		return
	}
	if s.Playhead >= s.Scene.End {
		s.Playhead = 0
	}
	s.Playing = s.Scene.End > 0
	s.follow()
}

// step moves the playhead n events forward or back, pauses, and makes the first event at the new
// time the current one.
func (s *State) step(n int) {
	s.Playing = false
	for ; n > 0; n-- {
		t, ok := s.Scene.NextEvent(s.Playhead)
		if !ok {
			break
		}
		s.Playhead = t
	}
	for ; n < 0; n++ {
		t, ok := s.Scene.PrevEvent(s.Playhead)
		if !ok {
			break
		}
		s.Playhead = t
	}
	s.touch()
	s.follow()
}

// mainEvent picks, among events of one instant, the one to show: the first that says something
// (see Describe) and comes from a script line, else the first that says something, else the first.
func mainEvent(evs []trace.Event) (trace.Event, bool) {
	if len(evs) == 0 {
		return trace.Event{}, false
	}
	best := -1
	for i, e := range evs {
		if Describe(e) == "" {
			continue
		}
		if e.Line > 0 {
			return e, true
		}
		if best < 0 {
			best = i
		}
	}
	return evs[max(best, 0)], true
}

// selectTarget selects t and makes its event the current one.
func (s *State) selectTarget(t Target) {
	s.Selected = t
	if seq := t.Seq(); seq >= 0 {
		s.Event = seq
	}
	if t.Laned() {
		s.scrollTo(s.RowOf(t.View, t.Lane))
	}
}

// setMode switches views, keeping the selected lane (or the first lane shown) in view.
func (s *State) setMode(m Mode) {
	keep := s.Selected
	if !keep.Laned() && s.Scroll < len(s.rows) {
		r := s.rows[s.Scroll]
		keep = Target{View: r.View, Lane: max(r.Lane, 0)}
	}
	s.Mode = m
	s.rows, s.tops = rows(s.Scene, m)
	s.Scroll = 0
	if r := s.RowOf(keep.View, keep.Lane); r >= 0 {
		s.Scroll = max(r-1, 0)
	}
	s.clampScroll()
}

// scrollTo scrolls as little as needed to show row r.
func (s *State) scrollTo(r int) {
	if r < 0 {
		return
	}
	if r < s.Scroll {
		s.Scroll = r
	}
	for s.Scroll < r && s.tops[r+1]-s.tops[s.Scroll] > s.viewH {
		s.Scroll++
	}
	s.clampScroll()
}

// clampScroll keeps Scroll in range (the last row may not scroll up past the bottom of the lanes
// area) and counts the rows that fit from there.
func (s *State) clampScroll() {
	n := len(s.rows)
	last := sort.Search(n, func(r int) bool { return s.tops[n]-s.tops[r] <= s.viewH })
	s.Scroll = max(min(s.Scroll, last), 0)
	s.Page = max(s.fitFrom(s.Scroll), 1)
}

// fitFrom returns how many whole rows fit in the lanes area from row r down.
func (s *State) fitFrom(r int) int {
	n := len(s.rows)
	end := sort.Search(n-r, func(i int) bool { return s.tops[r+i+1]-s.tops[r] > s.viewH })
	return end
}

// clampTime keeps t within the run.
func (s *State) clampTime(t int64) int64 { return max(min(t, s.Scene.End), 0) }

// stateChars returns how many characters the state column needs for a state's name.
func (s *State) stateChars() int { return s.nameChars }

// stateNameChars returns the length of the longest state name the futures of s reach: FINISHED,
// CANCELLED, or CANCELLED_AND_NOTIFIED when one of them is notified.
func stateNameChars(s *layout.Scene) int {
	for i := range s.Futures.Shapes {
		if s.Futures.Shapes[i].Style == layout.Notified {
			return len(layout.StateCancelledAndNotified.String())
		}
	}
	return len(layout.StateCancelled.String())
}

// Keep carries over from old, the state of an earlier run of the same script, what the user chose:
// the view, the panels, the speed, the playhead when the new run reaches it, and the window when the
// user zoomed or panned it since it was last fitted (else the new run is shown whole: a run that
// grew does not run off the edge).
func (s *State) Keep(old *State) {
	if old.Mode != s.Mode {
		s.setMode(old.Mode)
	}
	s.Help, s.FrameTime, s.States, s.Speed = old.Help, old.FrameTime, old.States, old.Speed
	if old.Playhead > s.Scene.End {
		return
	}
	s.Playhead = old.Playhead
	if !old.Fitted {
		s.setWindow(old.T0, old.T1)
		s.Fitted = false
	}
}

// Relabel replaces the scene with sc, the same trace laid out in another language (see
// layout.BuildWith): its lanes and shapes are the same and only their words differ, so the window,
// the playhead and the selection stay.
func (s *State) Relabel(sc *layout.Scene) {
	old := s.Scene
	s.Scene = sc
	s.Selected, s.Hovered = s.Selected.moved(old, sc), s.Hovered.moved(old, sc)
	s.rows, s.tops = rows(sc, s.Mode)
}
