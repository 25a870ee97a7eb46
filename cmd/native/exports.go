package main

import (
	"errors"
	"fmt"
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/export"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/svg"
)

// exportKinds are what the window's export commands write (see viewstate.KeyMap: P G J C).
var exportKinds = map[viewstate.Command]export.Kind{
	viewstate.CmdPNG: export.PNG, viewstate.CmdSVG: export.SVG, viewstate.CmdTrace: export.JSON, viewstate.CmdChrome: export.Chrome,
}

// export writes what is shown as kind into --out (else the current directory), in a new file named
// after the script, and says where on screen. It returns the file's path ("" when nothing was
// written).
func (a *App) export(kind export.Kind) string {
	if a.last == nil || a.viewer == nil {
		return ""
	}
	path := export.Path(a.cfg.Out, a.last.name, kind)
	s := a.viewer.State()
	var err error
	switch kind {
	case export.PNG:
		err = export.WritePNG(path, a.Snapshot())
	case export.SVG:
		err = export.WriteSVG(path, s.Scene, svg.Options{View: modeName(s.Mode), Lang: a.lang()})
	case export.JSON:
		err = export.WriteTrace(path, s.Trace)
	case export.Chrome:
		err = export.WriteChrome(path, s.Trace)
	}
	if err != nil {
		a.say(fmt.Sprintf(a.ui().notSaved, err))
		return ""
	}
	a.say(fmt.Sprintf(a.ui().saved, path))
	return path
}

// modeName returns the render/svg name of view mode m.
func modeName(m viewstate.Mode) string {
	switch m {
	case viewstate.FuturesOnly:
		return "futures"
	case viewstate.ThreadsOnly:
		return "threads"
	}
	return "both"
}

// A notice is a message the window shows for a few seconds at the timeline's top right.
type notice struct {
	text  string
	until time.Time
}

// noticeFor is how long a notice stays.
const noticeFor = 4 * time.Second

// say shows text as a notice.
func (a *App) say(text string) { a.notice = notice{text: text, until: a.clock().Add(noticeFor)} }

// GIF timing, in hundredths of a second: each frame, and the last one.
const (
	gifDelay = 10
	gifHold  = 300
)

// saveGIF writes the --gif walkthrough once the first run is shown, then ends the game: the
// timeline and console with the playhead at 0, then every --every of virtual time, then at the run's end.
func (a *App) saveGIF() error {
	if a.saved || a.viewer == nil || a.exec.running {
		return nil
	}
	a.saved = true
	end := a.viewer.State().Scene.End
	times := export.FrameTimes(end, int64(a.cfg.Every))
	first, last := a.frameAt(times[0]), a.frameAt(end)
	anim := export.NewAnimation([]*image.RGBA{first, last}, gifDelay)
	anim.Add(first)
	for _, t := range times[1 : len(times)-1] {
		anim.Add(a.frameAt(t))
	}
	if len(times) > 1 {
		anim.Add(last)
	}
	f, err := os.Create(a.cfg.GIF)
	if err != nil {
		return fmt.Errorf("gif: %w", err)
	}
	if err := errors.Join(anim.Encode(f, gifHold), f.Close()); err != nil {
		return fmt.Errorf("gif: %s: %w", filepath.Base(a.cfg.GIF), err)
	}
	return ebiten.Termination
}

// frameAt draws the timeline and the console with the playhead at virtual time t: the column a
// slide needs (the lesson's text is on the slide already), half the window's pixels.
func (a *App) frameAt(t int64) *image.RGBA {
	a.viewer.Apply(viewstate.Seek(t))
	a.followSource()
	r := a.regions()
	img := a.Snapshot().SubImage(r.timeline.Union(r.console)).(*image.RGBA)
	out := image.NewRGBA(image.Rect(0, 0, img.Rect.Dx(), img.Rect.Dy()))
	draw.Draw(out, out.Rect, img, img.Rect.Min, draw.Src)
	return out
}
