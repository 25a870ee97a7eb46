package ebitenview

import (
	"image"
	"image/color"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// Options configure a Viewer.
type Options struct {
	// Fonts are the fonts to write with; nil means DefaultFonts.
	Fonts *FontSet
	// Source is the script's text, quoted in the detail panel; nil for none.
	Source []byte
	// Keep, when not nil, is the state of an earlier viewer of the same script: the new one keeps
	// its view, panels, speed, and its window and playhead when they still fall in the run.
	Keep *viewstate.State
	// Lang is the language of the viewer's own words (help, legend, headings, detail panel) and of the
	// scene New lays out (its labels and details; see layout.BuildOptions): "en" (the default, also for
	// "") or "zh". The script's names, values and output are never translated.
	Lang string
	// Clock tells the time each Update, so that playback advances by the real time elapsed (see
	// viewstate.State.Advance); nil advances it by a 60th of a second an Update. Programs pass
	// time.Now, tests a fake clock.
	Clock func() time.Time
	// Keys are the keys of the program around the viewer, listed after the viewer's own in the help
	// overlay (SetKeys changes them).
	Keys []viewstate.Binding
}

// A Viewer is an interactive timeline of one run, drawn into a rectangle of the screen. Update reads
// input and changes its state; Draw only reads it. A program embeds it by calling SetBounds, Update
// and Draw from its own game (see Game for a viewer that is the whole window).
type Viewer struct {
	state   *viewstate.State
	pointer viewstate.Pointer
	input   Input
	fonts   *FontSet
	faces   *Faces
	src     []string
	words   *viewstate.Words

	keys  []viewstate.Binding // the program's keys, for the help overlay
	clock func() time.Time
	last  time.Time // the clock's time at the last Update (zero before the first)

	bounds image.Rectangle
	scale  float64
	// Focused says the viewer has the focus and takes all its keys; without it, it takes all but
	// those that move within the part with the focus (viewstate.FocusedKey: arrows up and down,
	// PgUp, PgDn, Home, End, Enter). The pointer works whenever it is over the viewer.
	Focused bool
	// Withhold, when not nil, says which keys the program keeps from the viewer this tick (shift:
	// Shift is held), instead of those that move within the part with the focus when the viewer is
	// not Focused. Keys typed with Ctrl held are always the program's.
	Withhold func(k viewstate.Key, shift bool) bool
	// HelpOver, when not empty, is where the help overlay goes instead of the viewer's bounds (the
	// whole window, say): Draw leaves it out, and the program draws it last with DrawHelp.
	HelpOver image.Rectangle

	glyphs           glyphCache // the strings' glyphs, laid out once
	tex              textures
	fill, marks      *batch
	hatch, dots      *batch
	checks           *batch
	strokes          *batch
	drawTime         time.Duration       // how long the last Draw took, for the frame-time readout
	placed           [][4]float64        // the boxes of the span labels written on the lane being drawn
	markedAt         map[markAt]struct{} // the markers drawn on the lane being drawn
	cursorX, cursorY float64
	// away says the window (the browser's document, in an iframe) had no keyboard focus at the last
	// Update: no key reaches the viewer, so its title is not underlined.
	away bool
	// help and helpSize are the help overlay's faces when it writes smaller than the viewer.
	help     *Faces
	helpSize float64
	// conceal is what a prediction hides of the run (see Conceal).
	conceal concealment
}

// New returns a viewer of trace t (laid out with layout.BuildLazy in o.Lang), focused, with bounds
// of 1280 × 800 until SetBounds says otherwise.
func New(t *trace.Trace, o Options) (*Viewer, error) {
	return NewScene(t, layout.BuildLazy(t, layout.BuildOptions{Lang: o.Lang}), o)
}

// NewScene returns a viewer of a scene already laid out from t. The scene's language should be
// o.Lang's: SetLang makes them agree again.
func NewScene(t *trace.Trace, s *layout.Scene, o Options) (*Viewer, error) {
	fonts := o.Fonts
	if fonts == nil {
		var err error
		if fonts, err = DefaultFonts(); err != nil {
			return nil, err
		}
	}
	v := &Viewer{state: viewstate.New(t, s), fonts: fonts, words: viewstate.WordsFor(o.Lang), Focused: true,
		markedAt: map[markAt]struct{}{}, clock: o.Clock, keys: o.Keys}
	if o.Source != nil {
		v.src = strings.Split(string(o.Source), "\n")
	}
	if o.Keep != nil {
		v.state.Keep(o.Keep)
	}
	v.SetBounds(image.Rect(0, 0, 1280, 800), 1)
	return v, nil
}

// State returns the viewer's state, for reading: change it with Apply.
func (v *Viewer) State() *viewstate.State { return v.state }

// SetLang switches the viewer's own words to lang ("en" or "zh"; see Options.Lang), and lays the run
// out again in lang when its scene speaks another language, keeping the viewer's state.
func (v *Viewer) SetLang(lang string) {
	v.words = viewstate.WordsFor(lang)
	if s := v.state; s.Scene.Lang != v.words.Lang {
		s.Relabel(layout.BuildWith(s.Trace, layout.BuildOptions{Lang: v.words.Lang}))
	}
}

// SetKeys replaces the program's keys the help overlay lists after the viewer's (see Options.Keys).
func (v *Viewer) SetKeys(keys []viewstate.Binding) { v.keys = keys }

// Lang returns the language of the viewer's words: "en" or "zh".
func (v *Viewer) Lang() string { return v.words.Lang }

// Faces returns the faces the viewer writes with at its current scale.
func (v *Viewer) Faces() *Faces { return v.faces }

// SetBounds places the viewer in r, in the pixels of the image it is drawn on, at scale (the
// device scale factor times any presenter zoom).
func (v *Viewer) SetBounds(r image.Rectangle, scale float64) {
	scale = max(scale, 0.5)
	if v.faces == nil || scale != v.scale {
		v.faces = v.fonts.Faces(BaseSize * scale)
	}
	v.bounds, v.scale = r, scale
	v.state.SetPage(v.Geometry().ViewUnits())
}

// Bounds returns the rectangle the viewer draws in.
func (v *Viewer) Bounds() image.Rectangle { return v.bounds }

// Geometry returns where the viewer's parts are, for its bounds, scale and state.
func (v *Viewer) Geometry() viewstate.Geometry {
	b := v.bounds
	r := viewstate.Rect{X: float64(b.Min.X), Y: float64(b.Min.Y), W: float64(b.Dx()), H: float64(b.Dy())}
	return viewstate.Layout(r, viewstate.Metrics{Scale: v.scale, Char: v.faces.Char, SmallChar: v.faces.SmallChar, Line: v.faces.Line}, v.state)
}

// Update reads the input of this tick, applies the intents it makes and advances playback.
func (v *Viewer) Update() {
	g := v.Geometry()
	v.state.SetPage(g.ViewUnits())
	f := v.input.Read(true)
	v.cursorX, v.cursorY = f.X, f.Y
	v.away = !ebiten.IsFocused()
	switch {
	case ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta): // Ctrl+ is the program's size, not a zoom
		f.Keys = nil
	case v.Withhold != nil:
		f.Keys = slices.DeleteFunc(f.Keys, func(k viewstate.Key) bool { return v.Withhold(k, f.Shift) })
	case !v.Focused: // another part has the focus: it keeps the keys that move within it
		m := viewstate.KeyMap()
		f.Keys = slices.DeleteFunc(f.Keys, func(k viewstate.Key) bool { return viewstate.FocusedKey(m, k, f.Shift) })
	}
	for _, in := range v.pointer.Intents(f, v.state, g) {
		v.state.Apply(in)
	}
	v.advance()
}

// advance advances playback by the real time since the last Update, by the clock; without one, by
// a 60th of a second.
func (v *Viewer) advance() {
	if v.clock == nil {
		v.state.Tick()
		return
	}
	now := v.clock()
	if !v.last.IsZero() {
		v.state.Advance(now.Sub(v.last))
	}
	v.last = now
}

// Apply carries out an intent, as input would.
func (v *Viewer) Apply(in viewstate.Intent) {
	v.state.Apply(in)
}

// Draw draws the viewer into its bounds of dst.
func (v *Viewer) Draw(dst *ebiten.Image) {
	start := time.Now()
	v.ensureBatches()
	g := v.Geometry()
	img := dst.SubImage(v.bounds).(*ebiten.Image)
	v.fillBackground(img, g)
	v.drawRows(img, g)
	v.drawTimeline(img, g)
	if v.drawCover(img, g) {
		v.drawPlayhead(img, g) // its tab, cut by the cover, says where the class is
	}
	v.drawHeader(img, g)
	if !v.conceal.on { // the strip names every style the run uses: a timeout's would give it away
		v.drawLegend(img, g)
	}
	v.drawPanel(img, g)
	if v.conceal.tells(v.state.Hovered) { // a tooltip would tell what is hidden
		v.drawTooltip(img, g)
	}
	if v.HelpOver.Empty() {
		v.drawHelp(img, g)
	}
	v.drawFrameTime(img, g)
	v.drawTime = time.Since(start)
}

// ensureBatches makes the batches and their textures on first use.
func (v *Viewer) ensureBatches() {
	if v.fill == nil {
		v.tex.white = makeWhite()
		v.fill = newBatch(v.tex.white, false, false)
		v.strokes = newBatch(v.tex.white, false, false)
		v.marks = newBatch(v.tex.white, false, true)
	}
	if v.tex.patternScale != v.scale {
		v.tex.makePatterns(v.scale)
		v.hatch = newBatch(v.tex.hatch, true, false)
		v.dots = newBatch(v.tex.dots, true, false)
		v.checks = newBatch(v.tex.checks, true, false)
	}
}

// DrawHelp draws the help overlay, when it is open, over HelpOver of dst (see HelpOver).
func (v *Viewer) DrawHelp(dst *ebiten.Image) {
	if !v.state.Help || v.HelpOver.Empty() {
		return
	}
	v.ensureBatches()
	g := v.Geometry()
	b := v.HelpOver
	g.Bounds = viewstate.Rect{X: float64(b.Min.X), Y: float64(b.Min.Y), W: float64(b.Dx()), H: float64(b.Dy())}
	v.drawHelp(dst.SubImage(b).(*ebiten.Image), g)
}

// coverInk is the colour of the part of the lanes a prediction hides: a pale grey, so the empty rows
// still read as rows.
var coverInk = color.RGBA{0xee, 0xef, 0xf2, 0xff}

// coverGap is how far right of the last event revealed the cover starts, in pixels at scale 1.
const coverGap = 8

// drawCover covers the lanes and the axis after the last event revealed, and the overlay band, when
// part of the run is concealed, with a question mark in the middle of what is hidden. It starts a
// marker's half width after that event's time: the markers of the events revealed at that time
// show whole, those of the hidden ones are not drawn (see concealment). It reports whether it drew.
func (v *Viewer) drawCover(img *ebiten.Image, g viewstate.Geometry) bool {
	if !v.conceal.on {
		return false
	}
	x := max(g.X(v.conceal.time)+coverGap*v.scale, g.Plot.X)
	right := g.Plot.Right()
	if x >= right {
		return false
	}
	top, bottom := g.Axis.Y, g.Lanes.Bottom()
	v.fill.begin(img)
	// The overlay band is covered whole: a label there may stand left of the time it marks.
	v.fill.rect(float32(g.Band.X), float32(g.Band.Y), float32(g.Band.W), float32(g.Band.H), coverInk)
	v.fill.rect(float32(x), float32(top), float32(right-x), float32(bottom-top), coverInk)
	v.fill.rect(float32(x), float32(top), float32(2*v.scale), float32(bottom-top), border)
	v.fill.flush()
	if right-x > 3*v.faces.Line {
		mid := (x + right) / 2
		v.drawTextMiddle(img, "?", v.faces.Title, mid-text.Advance("?", v.faces.Title)/2, (top+bottom)/2, muted)
	}
	return true
}
