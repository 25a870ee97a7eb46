package main

import (
	"fmt"
	"image"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/live"
	"github.com/futurescope/futurescope/cmd/native/scene"

	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// An App is the desktop window: the lesson list and the lesson's text (or a list of scenarios and
// the script's source, or the watched file), the timeline of the last run and its console output.
// Update handles input and runs; Draw only reads.
type App struct {
	cfg       Config
	course    *courseView // the course shown; nil when scripts are
	scenarios []Scenario
	listMode  bool // the scenarios are listed (no FILE was given)
	cur       int  // the scenario shown (or being run)
	focus     focus
	scenes    scene.Manager // the scene shown (course or presenter) and the prediction over it
	slidesFor string        // the lesson (language and slug) the presenter's slides are of
	list      scene.List    // the list's rows and scrolling

	exec   *executor // runs the scripts in the background
	last   *run      // the run shown
	broken *run      // a later run of it that did not compile, shown over it (see live.Screen)
	viewer *ebitenview.Viewer
	watch  *watcher

	fonts      *ebitenview.FontSet
	faces      *ebitenview.Faces
	facesScale float64
	docFaces   *docFaces
	docScale   float64
	docCode    float64      // the size of docFaces' code, relative to the lesson text's usual code size
	w, h       int          // the screen's size in pixels
	scale      float64      // the device scale factor
	srcScroll  int          // the first source line shown
	typed      digits       // the lesson number being typed
	pressed    []ebiten.Key // the keys pressed this tick, reused
	saved      bool         // the --png frame was written
	clock      func() time.Time
	notice     notice // the last export's, or a stopped run's, message
}

// NewApp returns the window cfg asks for, with the first run started: the course's lesson's first
// runnable block (or cfg.Block), or the first scenario.
func NewApp(cfg Config) (*App, error) {
	fonts, err := ebitenview.DefaultFonts()
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, fonts: fonts, exec: newExecutor(cfg.MaxSteps), scale: 1,
		w: cfg.Width, h: cfg.Height, clock: time.Now}
	if cfg.Present {
		defer a.sceneIntent(intent.Intent{Op: intent.Present})
	}
	switch {
	case cfg.Course():
		return a, a.openCourse()
	case cfg.File != "":
		sc, err := fileScenario(cfg.File)
		if err != nil {
			return nil, err
		}
		a.scenarios = []Scenario{sc}
		a.watch = newWatcher(cfg.File, a.clock())
	default:
		if a.scenarios, err = loadScenarios(cfg.Dir); err != nil {
			return nil, err
		}
		a.listMode = true
	}
	a.show(0)
	return a, nil
}

// openCourse loads the course and opens the lesson and block cfg names.
func (a *App) openCourse() error {
	c, err := loadCourse(a.cfg.Lang, a.cfg.Lesson)
	if err != nil {
		return err
	}
	a.course, a.listMode, a.focus = c, true, focusTimeline
	a.openLesson(c.Lesson)
	if n := a.cfg.Block; n > 0 {
		if !c.Runnable(n) {
			return c.ErrNoBlock(n)
		}
		a.selectBlock(n)
	}
	return nil
}

// Title is the window's title.
func (a *App) Title() string {
	switch {
	case a.course != nil:
		return "futurescope: concurrent.futures, step by step"
	case a.cfg.File != "":
		return "futurescope: " + filepath.Base(a.cfg.File)
	}
	return "futurescope: examples"
}

// show runs scenario i and shows it once the run ends, watching its file when it has one.
func (a *App) show(i int) {
	a.cur = max(min(i, len(a.scenarios)-1), 0)
	if p := a.scenarios[a.cur].Path; p != "" && (a.watch == nil || a.watch.path != p) {
		a.watch = newWatcher(p, a.clock())
	}
	a.exec.start(a.scenarios[a.cur].job())
}

// choose opens row i of the list: a lesson, or a scenario.
func (a *App) choose(i int) {
	if a.course != nil {
		a.openLesson(i)
		return
	}
	a.show(i)
}

// lang returns the language the window writes in: the course's, else English.
func (a *App) lang() string {
	if a.course != nil {
		return a.course.Lang
	}
	return "en"
}

// uiScale is the scale everything is drawn at: the device's, grown with the window in presenter
// mode, times the size Ctrl+ and Ctrl− chose (see scene.Scale).
func (a *App) uiScale() float64 {
	return scene.Scale(a.w, a.h, a.scale, a.scenes.Presenting(), a.scenes.Size)
}

// timelineScale is the scale the timeline is drawn at: the window's, but a little smaller in
// presenter mode, where the slide's text is the one to read from the back of the room and the
// timeline needs its rows.
func (a *App) timelineScale() float64 {
	if a.scenes.Presenting() {
		return max(a.uiScale()*scene.TimelineShare, a.scale)
	}
	return a.uiScale()
}

// Update handles one tick: finished runs, keys, the pointer, the watched file, the viewer.
func (a *App) Update() error {
	if r := a.exec.collect(); r != nil {
		a.display(r)
	}
	if s := a.uiScale(); a.faces == nil || a.facesScale != s {
		a.faces, a.facesScale = a.fonts.Faces(ebitenview.BaseSize*s), s
	}
	a.syncList()
	interactive := a.cfg.PNG == "" && a.cfg.GIF == "" // --png and --gif show no pointer and take no keys
	if interactive {
		a.keys()
		a.pointer()
	}
	if a.watch != nil && a.watch.poll(a.clock()) {
		a.reload()
	}
	if a.course != nil {
		if !a.regions().source.Empty() { // F6 hides the text: nothing to lay out
			a.layoutPage()
		}
	}
	a.syncList() // again: a key or a click may have opened another row
	if a.viewer != nil {
		a.viewer.Focused = a.focus == focusTimeline
		m, ctx := viewstate.KeyMap(), a.context()
		a.viewer.Withhold = func(k viewstate.Key, shift bool) bool { return intent.Withheld(m, k, shift, ctx) }
		a.viewer.SetBounds(a.regions().timeline, a.timelineScale())
		a.viewer.HelpOver = image.Rect(0, 0, a.w, a.h) // the whole window: the keys are the window's too
		if interactive {
			a.viewer.Update()
		}
		a.followPrediction()
		a.followSource()
	}
	switch {
	case a.cfg.GIF != "":
		return a.saveGIF()
	case !interactive:
		return a.savePNG()
	}
	return nil
}

// display makes r the run shown: a new viewer, keeping what the user chose when r re-runs the
// script already shown; else with the view and playhead the command line or the block asks for.
func (a *App) display(r *run) {
	if a.keepLastGood(r) {
		return
	}
	o := ebitenview.Options{Fonts: a.fonts, Source: r.source, Lang: a.lang(), Clock: a.clock, Keys: a.ui().keys}
	var shown *live.Run
	if a.viewer != nil {
		shown = liveRun(a.last)
	}
	open := live.Open(shown, *liveRun(r), live.Want{View: a.cfg.View, BlockView: r.opts.View,
		At: int64(a.cfg.At), BlockAt: int64(r.opts.At), Predict: a.scenes.Predict != nil && a.scenes.Predict.Key == r.key})
	if open.Keep {
		o.Keep = a.viewer.State()
	}
	v, err := ebitenview.New(r.trace, o)
	if err != nil {
		return
	}
	if !open.Keep {
		a.srcScroll = 0
		setMode(v, open.View)
		if open.Scrub {
			v.Apply(viewstate.Scrub(0)) // a prediction starts with nothing revealed
		}
		if open.Seek {
			v.Apply(viewstate.Seek(open.At))
		}
	}
	a.viewer, a.last = v, r
	a.scenes.Shown(r.key)
	if o.Keep == nil {
		a.predictBlock(r)
	}
	a.followPrediction()
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
	a.exec.start(sc.job())
}

// rerun runs what is shown again: the selected block, or the scenario.
func (a *App) rerun() {
	if c := a.course; c != nil {
		if c.Block > 0 {
			a.exec.start(c.job(c.Block))
		}
		return
	}
	a.exec.start(a.scenarios[a.cur].job())
}

// Draw draws the window: the list, the text or source, the timeline and the console.
func (a *App) Draw(screen *ebiten.Image) {
	screen.Fill(colWhite)
	if a.faces == nil {
		return
	}
	r := a.regions()
	if !r.list.Empty() {
		a.drawList(screen, r.list)
	}
	switch {
	case r.source.Empty():
	case a.course != nil:
		a.drawText(screen, r.source)
	default:
		a.drawSource(screen, r.source)
	}
	if a.viewer != nil {
		a.viewer.Draw(screen)
	}
	if b := a.brokenRun(); b != nil {
		a.drawBroken(screen, r.timeline, b)
	}
	if !r.console.Empty() {
		a.drawConsole(screen, r.console)
	}
	a.drawFrames(screen, r)
	a.drawQuestion(screen, r)
	row := 0
	if a.exec.running {
		a.pen().banner(screen, r.timeline, fmt.Sprintf(a.ui().running, a.exec.name), row)
		row++
	}
	if a.notice.text != "" && !a.clock().After(a.notice.until) {
		a.pen().banner(screen, r.timeline, a.notice.text, row)
	}
	if a.viewer != nil {
		a.viewer.DrawHelp(screen)
	}
}

// Layout makes the screen as many pixels as the window has device pixels, so text stays sharp.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	a.scale = ebiten.Monitor().DeviceScaleFactor()
	a.w, a.h = int(float64(outsideWidth)*a.scale), int(float64(outsideHeight)*a.scale)
	return a.w, a.h
}
