package scene

import (
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Mode is the scene the window shows.
type Mode uint8

// The scenes.
const (
	Browse  Mode = iota // the list, the lesson's text (or a script's source), the timeline, the console
	Present             // presenter mode: a slide above a full-width timeline
)

// A Manager holds the scene shown, the presenter's state, the prediction laid over either scene
// (nil when none), and the size steps (Ctrl+ and Ctrl−).
type Manager struct {
	Mode      Mode
	Presenter *Presenter
	Predict   *Prediction
	Size      int
	// Full says the window is fullscreen.
	Full bool
	// hidden are the course's panels hidden by their keys (presenter mode has its own).
	hidden Panels
}

// Panels returns the panels shown in the scene shown.
func (m *Manager) Panels() Panels {
	if m.Presenting() {
		return m.Presenter.Panels
	}
	return Panels{Text: !m.hidden.Text, Console: !m.hidden.Console, List: !m.hidden.List}
}

// Update carries out the intents that change scenes or belong to one: presenter mode on and off,
// slides and panels, sizes, fullscreen, the prediction's answer. slides returns the lesson's slides
// and the script block selected, for presenter mode to open on (nil: the window shows no lesson).
func (m *Manager) Update(in intent.Intent, slides func() ([]Slide, int, func(int) bool)) Effect {
	switch in.Op {
	case intent.Present:
		if m.Mode == Present {
			m.Mode = Browse
			return Effect{}
		}
		m.Mode = Present
		var s []Slide
		block := 0
		var runnable func(int) bool
		if slides != nil {
			s, block, runnable = slides()
		}
		if len(s) == 0 {
			s = []Slide{{}}
		}
		m.Presenter = NewPresenter(s, block, runnable)
	case intent.Size:
		m.Size = Resize(m.Size, in.N)
	case intent.Fullscreen:
		m.Full = !m.Full
		return Effect{Fullscreen: true}
	case intent.Answer:
		if m.Predict != nil {
			m.Predict.Update(in)
		}
	case intent.Slide, intent.Panel:
		if m.Presenting() {
			return m.Presenter.Update(in)
		}
		if in.Op == intent.Panel {
			m.hidden.toggle(in.Panel)
		}
	}
	return Effect{}
}

// Takes reports whether the manager takes intents of op, before the scene shown (see Update):
// presenter mode, slides, panels, sizes, fullscreen, a prediction's answer.
func Takes(op intent.Op) bool {
	switch op {
	case intent.Present, intent.Slide, intent.Panel, intent.Size, intent.Fullscreen, intent.Answer:
		return true
	}
	return false
}

// Presenting reports whether presenter mode is on.
func (m *Manager) Presenting() bool { return m.Mode == Present && m.Presenter != nil }

// Context returns the intent context of the scene shown with the focus on part f.
func (m *Manager) Context(f intent.Part) intent.Context {
	return intent.Context{Focus: f, Presenter: m.Presenting(), Predicting: m.Predict != nil && m.Predict.Hiding()}
}

// TogglePredict starts a prediction of the run keyed key, traced t, with the lesson's questions
// (none: it reveals step by step), or ends the one in progress of that key. It reports whether one
// is now in progress.
func (m *Manager) TogglePredict(key string, t *trace.Trace, questions []Question) bool {
	if m.Predict != nil && m.Predict.Key == key {
		m.Predict = nil
		return false
	}
	m.Predict = NewPrediction(key, t, questions)
	return true
}

// Shown tells the manager which run is shown: a prediction of another run ends.
func (m *Manager) Shown(key string) {
	if m.Predict != nil && m.Predict.Key != key {
		m.Predict = nil
	}
}

// Hides reports whether a prediction hides the event i of the run keyed key.
func (m *Manager) Hides(key string, i int) bool {
	return m.Predict != nil && m.Predict.Key == key && m.Predict.Hidden(i)
}
