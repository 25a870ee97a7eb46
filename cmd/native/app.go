package main

import (
	"image"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// presentZoom is how much bigger presenter mode makes everything.
const presentZoom = 1.5

// focus is the part of the window that takes the keys.
type focus uint8

const (
	focusTimeline focus = iota
	focusList
)

// An App is the desktop window: the scenario list (or the watched file), the script's source, the
// timeline of its last run and its console output. Update handles input and runs; Draw only reads.
type App struct {
	cfg       Config
	scenarios []Scenario
	listMode  bool // the scenarios are listed (no FILE was given)
	cur       int  // the scenario shown (or being run)
	focus     focus
	present   bool

	results chan *run
	gen     int  // counts the runs started
	running bool // a run is in progress
	runs    int  // counts the runs finished
	last    *run // the run shown
	viewer  *ebitenview.Viewer
	watch   *watcher

	fonts      *ebitenview.FontSet
	faces      *ebitenview.Faces
	facesScale float64
	w, h       int     // the screen's size in pixels
	scale      float64 // the device scale factor
	srcScroll  int     // the first source line shown
	saved      bool    // the --png frame was written
}

// NewApp returns the window cfg asks for, with the first scenario's run started.
func NewApp(cfg Config) (*App, error) {
	fonts, err := ebitenview.DefaultFonts()
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, fonts: fonts, present: cfg.Present, results: make(chan *run, 4), scale: 1,
		w: cfg.Width, h: cfg.Height}
	if cfg.File != "" {
		sc, err := fileScenario(cfg.File)
		if err != nil {
			return nil, err
		}
		a.scenarios = []Scenario{sc}
		a.watch = newWatcher(cfg.File)
	} else {
		if a.scenarios, err = loadScenarios(cfg.Dir); err != nil {
			return nil, err
		}
		a.listMode = true
	}
	a.show(0)
	return a, nil
}

// Title is the window's title.
func (a *App) Title() string {
	if a.cfg.File != "" {
		return "futurescope: " + filepath.Base(a.cfg.File)
	}
	return "futurescope: examples"
}

// show runs scenario i and shows it once the run ends, watching its file when it has one.
func (a *App) show(i int) {
	a.cur = max(min(i, len(a.scenarios)-1), 0)
	if p := a.scenarios[a.cur].Path; p != "" && (a.watch == nil || a.watch.path != p) {
		a.watch = newWatcher(p)
	}
	a.start(a.cur)
}

// uiScale is the scale everything is drawn at: the device's, times the presenter zoom.
func (a *App) uiScale() float64 {
	if a.present {
		return a.scale * presentZoom
	}
	return a.scale
}

// Update handles one tick: finished runs, keys, the pointer, the watched file, the viewer.
func (a *App) Update() error {
	a.collect()
	interactive := a.cfg.PNG == "" // a --png frame shows no pointer and takes no keys
	if interactive {
		a.keys()
		a.pointer()
	}
	if a.watch != nil && a.watch.tick() {
		a.reload()
	}
	if s := a.uiScale(); a.faces == nil || a.facesScale != s {
		a.faces, a.facesScale = a.fonts.Faces(ebitenview.BaseSize*s), s
	}
	if a.viewer != nil {
		a.viewer.Focused = a.focus == focusTimeline
		a.viewer.SetBounds(a.regions().timeline, a.uiScale())
		if interactive {
			a.viewer.Update()
		}
		a.followSource()
	}
	if !interactive {
		return a.savePNG()
	}
	return nil
}

// collect takes a finished run, if any, and shows it (an older run of another scenario is dropped).
func (a *App) collect() {
	select {
	case r := <-a.results:
		if r.gen != a.gen {
			return
		}
		a.running = false
		a.runs++
		a.display(r)
	default:
	}
}

// display makes r the run shown: a new viewer, keeping what the user chose when r re-runs the
// scenario already shown.
func (a *App) display(r *run) {
	o := ebitenview.Options{Fonts: a.fonts, Source: r.source}
	if a.viewer != nil && a.last != nil && a.last.index == r.index {
		o.Keep = a.viewer.State()
	}
	v, err := ebitenview.New(r.trace, o)
	if err != nil {
		return
	}
	if o.Keep == nil {
		a.srcScroll = 0
		setMode(v, a.cfg.View)
		if a.cfg.At >= 0 {
			v.Apply(viewstate.Seek(int64(a.cfg.At)))
		}
	}
	a.viewer, a.last = v, r
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

// reload reads the watched file again and re-runs it.
func (a *App) reload() {
	sc, err := fileScenario(a.watch.path)
	if err != nil {
		return
	}
	sc.Name = a.scenarios[a.cur].Name
	a.scenarios[a.cur] = sc
	a.start(a.cur)
}

// keys handles the window's own keys: Tab (focus), F (presenter mode), R (run again), and the
// scenario list's keys when it has the focus.
func (a *App) keys() {
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyTab) && a.listMode:
		a.focus = 1 - a.focus
	case inpututil.IsKeyJustPressed(ebiten.KeyF):
		a.present = !a.present
	case inpututil.IsKeyJustPressed(ebiten.KeyR):
		a.start(a.cur)
	}
	if a.focus != focusList {
		return
	}
	switch {
	case repeated(ebiten.KeyArrowDown):
		a.show(a.cur + 1)
	case repeated(ebiten.KeyArrowUp):
		a.show(a.cur - 1)
	case inpututil.IsKeyJustPressed(ebiten.KeyHome):
		a.show(0)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnd):
		a.show(len(a.scenarios) - 1)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		a.focus = focusTimeline
	}
	for k := ebiten.KeyDigit1; k <= ebiten.KeyDigit9; k++ {
		if inpututil.IsKeyJustPressed(k) && int(k-ebiten.KeyDigit1) < len(a.scenarios) {
			a.show(int(k - ebiten.KeyDigit1))
		}
	}
}

// repeated reports whether k was pressed this tick or repeats while held.
func repeated(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d > 24 && (d-24)%4 == 0)
}

// pointer handles clicks on the scenario list and the wheel over the source.
func (a *App) pointer() {
	x, y := ebiten.CursorPosition()
	r := a.regions()
	p := image.Pt(x, y)
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		switch {
		case p.In(r.list):
			a.focus = focusList
			if i := a.listRow(r.list, y); i >= 0 {
				a.show(i)
			}
		case p.In(r.timeline):
			a.focus = focusTimeline
		}
	}
	if _, wy := ebiten.Wheel(); wy != 0 && p.In(r.source) {
		a.srcScroll = max(a.srcScroll-int(wy*3), 0)
	}
}

// Draw draws the window: the list, the source, the timeline and the console.
func (a *App) Draw(screen *ebiten.Image) {
	screen.Fill(colWhite)
	if a.faces == nil {
		return
	}
	r := a.regions()
	a.drawList(screen, r.list)
	a.drawSource(screen, r.source)
	if a.viewer != nil {
		a.viewer.Draw(screen)
	}
	a.drawConsole(screen, r.console)
	a.drawFrames(screen, r)
	if a.running {
		a.drawRunning(screen, r.timeline)
	}
}

// Layout makes the screen as many pixels as the window has device pixels, so text stays sharp.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	a.scale = ebiten.Monitor().DeviceScaleFactor()
	a.w, a.h = int(float64(outsideWidth)*a.scale), int(float64(outsideHeight)*a.scale)
	return a.w, a.h
}
