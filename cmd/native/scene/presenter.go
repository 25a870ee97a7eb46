package scene

import (
	"math"

	"github.com/futurescope/futurescope/cmd/native/intent"
)

// An Effect is what the window must do after a scene took an intent, beyond redrawing.
type Effect struct {
	// Run is the script block to select and run (0: none).
	Run int
	// Fullscreen says to switch fullscreen on or off.
	Fullscreen bool
}

// Panels says which of the window's panels around the timeline are shown.
type Panels struct {
	Text, Console, List bool
}

// toggle shows panel p if it is hidden, hides it if it is shown.
func (ps *Panels) toggle(p intent.PanelID) {
	switch p {
	case intent.TextPanel:
		ps.Text = !ps.Text
	case intent.Console:
		ps.Console = !ps.Console
	case intent.List:
		ps.List = !ps.List
	}
}

// A Presenter is presenter mode for a room: the lesson's text a slide at a time, above a timeline
// that takes the window's full width, in fonts that grow with the window.
type Presenter struct {
	// Slides are the lesson's slides; Cur the slide shown.
	Slides []Slide
	Cur    int
	// Panels are the panels shown (the list is hidden at first: the room needs the room).
	Panels Panels
	// Runnable reports whether script block n runs; nil: none does.
	Runnable func(n int) bool
}

// NewPresenter returns presenter mode on slides, showing the slide of script block block (the first
// slide when none shows it).
func NewPresenter(slides []Slide, block int, runnable func(int) bool) *Presenter {
	return &Presenter{Slides: slides, Cur: max(SlideOf(slides, block), 0), Panels: Panels{Text: true, Console: true}, Runnable: runnable}
}

// Update carries out in: PgUp and PgDn turn the slides (a slide with a script runs its first
// runnable one), the panel keys show and hide panels. Other intents are the window's.
func (p *Presenter) Update(in intent.Intent) Effect {
	switch in.Op {
	case intent.Slide:
		return p.Go(p.Cur + in.N)
	case intent.Panel:
		p.Panels.toggle(in.Panel)
	}
	return Effect{}
}

// Go shows slide i (clamped) and returns the effect of arriving there: its first runnable script
// runs, when it has one.
func (p *Presenter) Go(i int) Effect {
	i = max(min(i, len(p.Slides)-1), 0)
	if i == p.Cur {
		return Effect{}
	}
	p.Cur = i
	for _, n := range p.Slides[i].Scripts {
		if p.Runnable != nil && p.Runnable(n) {
			return Effect{Run: n}
		}
	}
	return Effect{}
}

// Follow shows the slide of script block n, selected some other way (. or , or a click).
func (p *Presenter) Follow(n int) {
	if i := SlideOf(p.Slides, n); i >= 0 {
		p.Cur = i
	}
}

// Size steps: Ctrl+ and Ctrl− change the size by sizeStep a press, within minSize..maxSize steps.
const (
	sizeStep = 1.15
	minSize  = -4
	maxSize  = 6
)

// Resize returns the size steps after a Size intent of n (1 bigger, -1 smaller, 0 back to normal).
func Resize(steps, n int) int {
	if n == 0 {
		return 0
	}
	return max(min(steps+n, maxSize), minSize)
}

// SlideLines is how many lines of the lesson's body text fit the window's height in presenter mode
// at size 0: capital letters of Go Regular (0.716 of the size) at 14 px a logical pixel come out
// 29 px tall at 1080 pixels high, slide text for a room.
const SlideLines = 370.0

// TimelineShare is the timeline's scale in presenter mode, relative to the slide's: its capital
// letters are 25 px tall at 1080 pixels high, and it has room for its rows.
const TimelineShare = 0.9

// SlideWidth is the narrowest window, in logical pixels at size 0, presenter mode fits its layout
// to: a window narrower for its height than 16:9 gets smaller fonts, so that a script's lines fit
// the slide's column.
const SlideWidth = 660.0

// Scale returns the scale the window draws at: the device's, times the size steps; in presenter mode
// at least the window's height over SlideLines (or its width over SlideWidth, when that is less), so
// that the fonts grow with the window.
func Scale(w, h int, device float64, presenter bool, steps int) float64 {
	s := device
	if presenter {
		s = max(s, min(float64(h)/SlideLines, float64(w)/SlideWidth))
	}
	return s * math.Pow(sizeStep, float64(steps))
}
