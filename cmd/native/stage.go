package main

import (
	"fmt"
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/live"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/trace"
)

// A stage is the run shown and what the timeline does with it: the executor that runs the scripts,
// the last run shown with its viewer, a later run of it that did not compile (laid over it, dimmed:
// see live.Screen), the prediction of it in progress, the notice of an export or a stopped run, and
// the exports. A new run of the script shown keeps what the user chose and is re-fitted unless they
// zoomed (see live.Open).
type stage struct {
	win    *window
	exec   *runs.Executor // runs the scripts in the background
	last   *runs.Run      // the run shown
	broken *runs.Run      // a later run of it that did not compile, shown over it
	viewer *ebitenview.Viewer
	notice notice       // the last export's, or a stopped run's, message
	pred   *predictView // a prediction over the run shown
}

// newStage returns the stage of win, with no run yet.
func newStage(win *window) *stage {
	s := &stage{win: win, exec: runs.NewExecutor(win.cfg.MaxSteps)}
	s.pred = &predictView{win: win, st: s, of: func(string) *lessons.Prediction { return nil }}
	return s
}

// collect shows the run last started once it has ended, and reports whether it opened a new view
// (not a re-run of the script shown, which keeps the user's).
func (s *stage) collect() (fresh bool) {
	if r := s.exec.Collect(); r != nil {
		return s.display(r)
	}
	return false
}

// display makes r the run shown: a new viewer, keeping what the user chose when r re-runs the
// script already shown; else with the view and playhead the command line or the block asks for. It
// reports whether the view opened anew.
func (s *stage) display(r *runs.Run) (fresh bool) {
	if s.keepLastGood(r) {
		return false
	}
	w := s.win
	o := ebitenview.Options{Fonts: w.fonts, Source: r.Source, Lang: w.lang, Clock: w.clock, Keys: w.ui().keys}
	var shown *live.Run
	if s.viewer != nil {
		shown = liveRun(s.last)
	}
	p := w.scenes.Predict
	open := live.Open(shown, *liveRun(r), live.Want{View: w.cfg.View, BlockView: r.Opts.View,
		At: int64(w.cfg.At), BlockAt: int64(r.Opts.At), Predict: p != nil && p.Key == r.Key})
	if open.Keep {
		o.Keep = s.viewer.State()
	}
	v, err := ebitenview.New(r.Trace, o)
	if err != nil {
		return false
	}
	if !open.Keep {
		setMode(v, open.View)
		if open.Scrub {
			v.Apply(viewstate.Scrub(0)) // a prediction starts with nothing revealed
		}
		if open.Seek {
			v.Apply(viewstate.Seek(open.At))
		}
	}
	s.viewer, s.last = v, r
	w.scenes.Shown(r.Key)
	if o.Keep == nil {
		s.pred.start(r)
	}
	s.pred.renew(r)
	s.pred.follow()
	return !open.Keep
}

// setMode switches v to the views named ("futures", "threads" or "both").
func setMode(v *ebitenview.Viewer, name string) {
	want := viewstate.Both
	switch name {
	case "futures":
		want = viewstate.FuturesOnly
	case "threads":
		want = viewstate.ThreadsOnly
	}
	for range 3 {
		if v.State().Mode == want {
			return
		}
		v.Apply(viewstate.ToggleView())
	}
}

// Update hands the timeline its part of the window r and the keys the window leaves it in context
// ctx (when interactive), then keeps a prediction in step with the playhead.
func (s *stage) Update(r image.Rectangle, ctx intent.Context) {
	if s.viewer == nil {
		return
	}
	w := s.win
	s.viewer.Focused = ctx.Focus == intent.Timeline
	m := viewstate.KeyMap()
	s.viewer.Withhold = func(k viewstate.Key, shift bool) bool { return intent.Withheld(m, k, shift, ctx) }
	s.viewer.SetBounds(r, w.timelineScale())
	s.viewer.HelpOver = image.Rect(0, 0, w.w, w.h) // the whole window: the keys are the window's too
	if w.interactive() {
		s.viewer.Update()
	}
	s.pred.follow()
}

// Draw draws the timeline in r, with a broken run's error over it.
func (s *stage) Draw(dst *ebiten.Image, r image.Rectangle) {
	if s.viewer != nil {
		s.viewer.Draw(dst)
	}
	if b := s.brokenRun(); b != nil {
		s.drawBroken(dst, r, b)
	}
}

// drawBanners writes over the timeline in r that a run is in progress, and the last notice.
func (s *stage) drawBanners(dst *ebiten.Image, r image.Rectangle) {
	row := 0
	if s.exec.Running() {
		s.win.pen().banner(dst, r, fmt.Sprintf(s.win.ui().running, s.exec.Name()), row)
		row++
	}
	if s.notice.text != "" && !s.win.clock().After(s.notice.until) {
		s.win.pen().banner(dst, r, s.notice.text, row)
	}
}

// stop cancels the run in progress (Esc): the simulation stops at its next instruction, its result is
// dropped, and the window says so.
func (s *stage) stop() {
	if !s.exec.Running() {
		return
	}
	s.exec.Stop()
	s.say(fmt.Sprintf(s.win.ui().stopped, s.exec.Name()))
}

// A notice is a message the window shows for a few seconds at the timeline's top right.
type notice struct {
	text  string
	until time.Time
}

// noticeFor is how long a notice stays.
const noticeFor = 4 * time.Second

// say shows text as a notice.
func (s *stage) say(text string) { s.notice = notice{text: text, until: s.win.clock().Add(noticeFor)} }

// highlightLine returns the script line of the current event or of the selected future, or 0.
func (s *stage) highlightLine() int {
	if s.viewer == nil || s.broken != nil { // the lines shown are not the run's
		return 0
	}
	st := s.viewer.State()
	if pr := s.pred.active(); pr != nil && pr.Hiding() {
		return revealedLine(st.Trace, pr.Shown, st.Event)
	}
	if st.Event >= 0 {
		if e, ok := viewstate.EventBySeq(st.Trace, st.Event); ok && e.Line > 0 {
			return e.Line
		}
	}
	if id := st.Selected.Future(); id > 0 {
		for _, fi := range st.Trace.Futures() {
			if fi.ID == id {
				return fi.Line
			}
		}
	}
	return 0
}

// errorLine returns the line of the script shown where its run failed: the syntax error of a run
// that did not compile (shown over the last good one), else the line where the run shown stopped;
// 0 when it did not fail, or while a prediction hides the end of the run.
func (s *stage) errorLine() int {
	switch {
	case s.pred.hiding(): // a prediction: where it fails is the question
	case s.broken != nil:
		return s.broken.ErrLine
	case s.last != nil && s.last.Failed:
		return s.last.ErrLine
	}
	return 0
}

// revealedLine returns the script line of the current event, seq, while a prediction shows only
// the first shown events of t: the line of seq when it is revealed, else (it happens at the time
// revealed last, but later) that of the last event revealed at that time which has one; 0 when none
// has. The line of an event still hidden would tell what the script does next.
func revealedLine(t *trace.Trace, shown int, seq int64) int {
	if shown <= 0 || seq < 0 {
		return 0
	}
	last := t.At(min(shown, t.Len()) - 1)
	if seq <= last.Seq {
		if e, ok := viewstate.EventBySeq(t, seq); ok {
			return e.Line
		}
		return 0
	}
	for i := min(shown, t.Len()) - 1; i >= 0 && t.At(i).Time == last.Time; i-- {
		if l := t.At(i).Line; l > 0 {
			return l
		}
	}
	return 0
}
