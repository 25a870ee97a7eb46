package main

import (
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
)

// scripts is the side of the window outside the course: the scenarios listed (--dir, --examples),
// or one file watched, with the script's source beside the timeline. A watched file runs again when
// it changes on disk (live reload).
type scripts struct {
	win       *window
	st        *stage
	scenarios []Scenario
	// list is the list and the focus; it is listed only when no FILE was given.
	list      scene.Lister
	cur       int // the scenario shown (or being run)
	watch     *watcher
	srcScroll int // the first source line shown
}

// newScripts returns the scripts side of the window: FILE's, else the scenarios of --dir or the
// examples.
func newScripts(win *window, st *stage) (*scripts, error) {
	sc := &scripts{win: win, st: st}
	if f := win.cfg.File; f != "" {
		s, err := fileScenario(f)
		if err != nil {
			return nil, err
		}
		sc.scenarios = []Scenario{s}
		sc.watch = newWatcher(f, win.clock())
		return sc, nil
	}
	var err error
	if sc.scenarios, err = loadScenarios(win.cfg.Dir); err != nil {
		return nil, err
	}
	sc.list.Listed = true
	return sc, nil
}

// show runs scenario i and shows it once the run ends, watching its file when it has one.
func (sc *scripts) show(i int) {
	sc.cur = max(min(i, len(sc.scenarios)-1), 0)
	if p := sc.scenarios[sc.cur].Path; p != "" && (sc.watch == nil || sc.watch.path != p) {
		sc.watch = newWatcher(p, sc.win.clock())
	}
	sc.st.exec.Start(sc.scenarios[sc.cur].job())
}

func (sc *scripts) choose(i int)          { sc.show(i) }
func (sc *scripts) lister() *scene.Lister { return &sc.list }
func (sc *scripts) rerun()                { sc.st.exec.Start(sc.scenarios[sc.cur].job()) }
func (sc *scripts) opened()               { sc.srcScroll = 0 }

func (sc *scripts) Slides() ([]scene.Slide, int, func(int) bool) { return nil, 0, nil }

// Update carries out the focus, the list's motions and a number typed (see scene.Lister): the
// scripts have no blocks, language or text of their own.
func (sc *scripts) Update(in intent.Intent, _ scene.Effect, _ regions) {
	if i, ok, _ := sc.list.Update(in, sc.win.clock()); ok {
		sc.show(i)
	}
}

// poll re-runs the watched file when it changed on disk.
func (sc *scripts) poll(regions) {
	if sc.watch != nil && sc.watch.poll(sc.win.clock()) {
		sc.reload()
	}
}

// reload reads the watched file again and re-runs it.
func (sc *scripts) reload() {
	s, err := fileScenario(sc.watch.path)
	if err != nil {
		return
	}
	s.Name = sc.scenarios[sc.cur].Name
	sc.scenarios[sc.cur] = s
	sc.st.exec.Start(s.job())
}

// listing returns the scenarios, each its place and name.
func (sc *scripts) listing() listing {
	return listing{n: len(sc.scenarios), cur: sc.cur, label: func(i int) (string, string) {
		return strconv.Itoa(i + 1), sc.scenarios[i].Name
	}}
}

// clickText takes no click: the source is only read.
func (sc *scripts) clickText(image.Point, regions) bool { return false }

// wheel scrolls the source by three lines a notch.
func (sc *scripts) wheel(dy float64) { sc.srcScroll = max(sc.srcScroll-int(dy*3), 0) }

// header draws the list's header: the scenarios', or the watched file's name.
func (sc *scripts) header(img *ebiten.Image, r, _ image.Rectangle, focused bool) {
	if !sc.list.Listed {
		sc.win.pen().header(img, r, sc.scenarios[0].Name+".py", "re-runs when the file changes", false)
		return
	}
	sc.win.pen().header(img, r, "Scenarios", "↑↓ choose · Tab: list / timeline · F: presenter mode", focused)
}
