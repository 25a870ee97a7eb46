package ebitenview

import (
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// A concealment is what a prediction hides of the run (see Viewer.Conceal): every event from index
// shown of the trace on. Events at one virtual time are revealed one by one, in the trace's order,
// so the viewer hides by event, not by time: a shape from an event not revealed is not drawn, a span
// or line still going on at the last event revealed is cut there, and the state column, the detail
// panel and the tooltip say only what the events revealed say.
type concealment struct {
	on    bool
	shown int
	// seq and time are the sequence number and the virtual time of the last event revealed (-1 and
	// 0 when none is).
	seq, time int64
	// changing are the futures whose state changes at time by an event still hidden: the state
	// column shows their state before that instant.
	changing map[int]bool
	cut      layout.Shape // the last shape cut, drawn instead of its original
}

// Conceal hides the run's events from index shown of its trace on (their order in trace.Trace.At:
// see lessons/reveal), for a class to predict them; hidden false shows everything again. The lanes
// keep their rows, drawn only with what the events revealed draw, spans still going on cut at the
// last of them; the lanes after its time are covered; the header does not say how the run ended or
// when; the state column, the detail panel and the tooltip tell nothing the hidden events do.
func (v *Viewer) Conceal(hidden bool, shown int) {
	c := &v.conceal
	if c.on == hidden && c.shown == shown {
		return
	}
	c.on, c.shown, c.seq, c.time, c.changing = hidden, shown, -1, 0, nil
	t := v.state.Trace
	if !hidden || t == nil {
		return
	}
	shown = min(max(shown, 0), t.Len())
	if shown > 0 {
		e := t.At(shown - 1)
		c.seq, c.time = e.Seq, e.Time
	}
	for i := shown; i < t.Len(); i++ {
		e := t.At(i)
		if e.Time != c.time {
			break
		}
		if e.Future != 0 {
			if c.changing == nil {
				c.changing = map[int]bool{}
			}
			c.changing[e.Future] = true
		}
	}
}

// Concealed reports whether part of the run is hidden, and how many of its events show.
func (v *Viewer) Concealed() (bool, int) { return v.conceal.on, v.conceal.shown }

// hides reports whether sh comes from an event still hidden.
func (c *concealment) hides(sh *layout.Shape) bool { return c.on && sh.Seq > c.seq }

// clip returns sh as it shows with the events revealed: sh itself, or, for a span or a line still
// going on after the last event revealed, a copy cut at its time (valid until the next clip).
func (c *concealment) clip(sh *layout.Shape) *layout.Shape {
	if !c.on || sh.T1 <= c.time && !sh.Open {
		return sh
	}
	c.cut = *sh
	c.cut.T1, c.cut.Open = max(c.time, sh.T0), false
	return &c.cut
}

// tells reports whether the tooltip of target t may show: it tells nothing hidden. A shape that
// ends at or after the last event revealed may be described by how it ended.
func (c *concealment) tells(t viewstate.Target) bool {
	if !c.on || t.Shape == nil {
		return true
	}
	sh := t.Shape
	return sh.Seq <= c.seq && (sh.T1 < c.time || sh.Kind == layout.Marker || sh.Kind == layout.Text)
}

// laneState returns the state of the future of the futures view's lane i to show at the playhead:
// at the last event revealed, the state before its instant for a future whose state changes then by
// an event still hidden.
func (v *Viewer) laneState(i int, at int64) layout.FutureState {
	c, s := &v.conceal, v.state.Scene
	if !c.on {
		return s.LaneStateAt(i, at)
	}
	at = min(at, c.time)
	fs := s.LaneStateAt(i, at)
	if at == c.time && c.changing[fs.Future] {
		return s.LaneStateAt(i, at-1)
	}
	return fs
}

// details returns the detail panel's lines: while part of the run is hidden, the events revealed at
// the playhead's instant (a selection would tell a future's end), else Words.Details's.
func (v *Viewer) details() []viewstate.Line {
	c, s, w := &v.conceal, v.state, v.words
	if !c.on {
		return w.Details(s, v.src)
	}
	at := min(s.Playhead, c.time)
	out := []viewstate.Line{{Text: viewstate.Format(w.At, "at", layout.FormatTime(at)), Tone: viewstate.Title}}
	var said []trace.Event
	for _, e := range viewstate.EventsAt(s.Trace, at) {
		if e.Seq <= c.seq && w.Describe(e) != "" {
			said = append(said, e)
		}
	}
	if len(said) > maxConcealedLines {
		out = append(out, viewstate.Line{Text: "…", Tone: viewstate.Muted})
		said = said[len(said)-maxConcealedLines:]
	}
	for _, e := range said {
		out = append(out, viewstate.Line{Text: w.Describe(e), Tone: viewstate.Plain})
	}
	if len(said) == 0 {
		out = append(out, viewstate.Line{Text: w.NoEvent, Tone: viewstate.Muted})
	}
	return out
}

// maxConcealedLines is how many events revealed at the playhead the detail panel lists, the last
// ones: the one just revealed is always among them.
const maxConcealedLines = 4
