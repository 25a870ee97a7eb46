package main

import (
	"image"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// An App is the desktop window, a shell around its parts: it reads the keys and the pointer into
// intents (package intent), routes each to the part it is for, and draws the parts. The parts own
// their state: the window's size, fonts and scenes (window), the run shown and its timeline
// (stage), the list (listPanel), the side beside the timeline (the course or the scripts: side),
// and the --png and --gif output (offscreen). Update handles input and runs; Draw only reads.
type App struct {
	win     *window
	stage   *stage
	side    side        // the course or the scripts
	course  *courseView // the course shown; nil when scripts are
	scripts *scripts    // the scripts shown; nil in the course
	list    listPanel
	out     offscreen
	pressed []ebiten.Key // the keys pressed this tick, reused
}

// NewApp returns the window cfg asks for, with the first run started: the course's lesson's first
// runnable block (or cfg.Block), or the first scenario.
func NewApp(cfg Config) (*App, error) {
	fonts, err := ebitenview.DefaultFonts()
	if err != nil {
		return nil, err
	}
	win := &window{cfg: cfg, fonts: fonts, scale: 1, w: cfg.Width, h: cfg.Height, clock: time.Now, lang: "en"}
	a := &App{win: win, stage: newStage(win), list: listPanel{win: win}}
	if cfg.Present {
		defer func() {
			if a.side != nil {
				a.do(intent.Intent{Op: intent.Present})
			}
		}()
	}
	if cfg.Course() {
		c, err := loadCourse(win, a.stage)
		if err != nil {
			return nil, err
		}
		a.course, a.side = c, c
		return a, c.start()
	}
	sc, err := newScripts(win, a.stage)
	if err != nil {
		return nil, err
	}
	a.scripts, a.side = sc, sc
	sc.show(0)
	return a, nil
}

// Title is the window's title.
func (a *App) Title() string {
	switch {
	case a.course != nil:
		return "futurescope: concurrent.futures, step by step"
	case a.win.cfg.File != "":
		return "futurescope: " + filepath.Base(a.win.cfg.File)
	}
	return "futurescope: examples"
}

// Update handles one tick: finished runs, keys, the pointer, the side's text or watched file, the
// timeline; with --png or --gif, it writes them once the first run is shown.
func (a *App) Update() error {
	w := a.win
	if a.stage.collect() {
		a.side.opened()
	}
	w.fitFaces()
	a.list.sync(a.side)
	if w.interactive() {
		a.keys()
		a.pointer()
	}
	a.side.poll(a.regions())
	a.list.sync(a.side) // again: a key or a click may have opened another row
	a.stage.Update(a.regions().timeline, a.context())
	a.side.follow(a.regions())
	if !w.interactive() {
		return a.out.write(a)
	}
	return nil
}

// Draw draws the window: the list, the text or source, the timeline and the console.
func (a *App) Draw(screen *ebiten.Image) {
	screen.Fill(colWhite)
	w, st := a.win, a.stage
	if w.faces == nil {
		return
	}
	r := a.regions()
	if !r.list.Empty() {
		a.list.Draw(screen, r.list, r.lang, a.side)
	}
	if !r.source.Empty() {
		a.side.Draw(screen, r.source)
	}
	st.Draw(screen, r.timeline)
	if !r.console.Empty() {
		st.drawConsole(screen, r.console)
	}
	drawFrames(screen, w, r, a.side.lister().Listed)
	st.pred.Draw(screen, r)
	st.drawBanners(screen, r.timeline)
	if st.viewer != nil {
		st.viewer.DrawHelp(screen)
	}
}

// Layout makes the screen as many pixels as the window has device pixels, so text stays sharp.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	w := a.win
	w.scale = ebiten.Monitor().DeviceScaleFactor()
	w.w, w.h = int(float64(outsideWidth)*w.scale), int(float64(outsideHeight)*w.scale)
	return w.w, w.h
}

// Snapshot draws the window into an offscreen image and returns its pixels.
func (a *App) Snapshot() *image.RGBA {
	w, h := a.win.w, a.win.h
	off := ebiten.NewImage(w, h)
	defer off.Deallocate()
	a.Draw(off)
	pix := image.NewRGBA(image.Rect(0, 0, w, h))
	off.ReadPixels(pix.Pix)
	return pix
}
